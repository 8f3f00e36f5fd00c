import type { LocalDate } from "../../../core/dates/local-date.js";
import { insightsSchema } from "../../../core/insights/insights.schema.js";
import { requestJson } from "../../api/client.js";
import { insightsPath } from "../../app/early-paths.js";

// Beside the screen rather than in api/reconnect.ts, so the insights schema loads with the lazy
// Insights chunk and adds nothing to the check-in screen's script.
export const insightsApi = {
  /**
   * Everything up to `today`, the browser's own date: the server's clock may be in another time
   * zone, and a check-in made today must count in "the last 7 days".
   */
  insights: (today: LocalDate) => requestJson("GET", insightsPath(today), insightsSchema),
};
