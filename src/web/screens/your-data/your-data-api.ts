import { z } from "zod";
import { accessLogSchema } from "../../../core/access-log/access-log.schema.js";
import type { ChangePassword } from "../../../core/accounts/account.schema.js";
import { apiErrorSchema } from "../../../core/api/api-error.schema.js";
import { localDateOf } from "../../../core/dates/local-date.js";
import {
  type ImportCounts,
  type ImportMode,
  importResultSchema,
} from "../../../core/export/export-document.schema.js";
import { ApiRequestError, requestJson, requestNoContent } from "../../api/client.js";
import { insightsPath } from "../../app/early-paths.js";
import type { Holdings } from "./replace-words.js";

// Only the lengths are read: loose shapes, so this chunk carries none of the full schemas.
const insightsDataSchema = z.object({ data: z.object({ checkins: z.number() }) });
const assessmentsSchema = z.object({ assessments: z.array(z.unknown()) });
const thoughtsSchema = z.object({ thoughts: z.array(z.unknown()) });
const peopleSchema = z.object({ people: z.array(z.unknown()) });

// Beside the screen rather than in api/reconnect.ts, so it loads only with this screen.
export const yourDataApi = {
  changePassword: (input: ChangePassword) =>
    requestNoContent("PUT", "/api/me/password", { body: input }),
  signOutEverywhere: () => requestNoContent("DELETE", "/api/sessions"),
  erase: (password: string) => requestNoContent("DELETE", "/api/me", { body: { password } }),
  accessLog: async () => (await requestJson("GET", "/api/access-log", accessLogSchema)).entries,
  /**
   * How much the account holds now, for the question a replace asks first. No route counts them;
   * these four already list or count them (insights' `data` counts check-ins over 20 years), and
   * none writes anything, unlike the export, which the access log would show as taken.
   */
  holdings: async (): Promise<Holdings> => {
    const [insights, assessments, thoughts, people] = await Promise.all([
      requestJson("GET", insightsPath(localDateOf(new Date())), insightsDataSchema),
      requestJson("GET", "/api/assessments", assessmentsSchema),
      requestJson("GET", "/api/thoughts", thoughtsSchema),
      requestJson("GET", "/api/people", peopleSchema),
    ]);
    return {
      checkins: insights.data.checkins,
      assessments: assessments.assessments.length,
      thoughts: thoughts.thoughts.length,
      people: people.people.length,
    };
  },
};

/**
 * Sends an export file as it is, straight from the disk (the page never reads it into memory),
 * telling `onProgress` how much has gone: fetch cannot report an upload's progress, XHR can.
 */
export function importFile(
  file: Blob,
  mode: ImportMode,
  onProgress: (sent: number, total: number) => void,
): Promise<ImportCounts> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/import?mode=${mode}`);
    xhr.setRequestHeader("Content-Type", "application/json");
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.total);
    xhr.onerror = () =>
      reject(new ApiRequestError(0, "unreachable", "We couldn't reach Reconnect just now."));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Judged below, as an answer of the wrong shape.
      }
      const done = importResultSchema.safeParse(body);
      if (xhr.status === 200 && done.success) {
        resolve(done.data.imported);
        return;
      }
      const problem = apiErrorSchema.safeParse(body);
      reject(
        problem.success
          ? new ApiRequestError(
              xhr.status,
              problem.data.error.code,
              problem.data.error.message,
              problem.data.error.fields,
            )
          : new ApiRequestError(
              xhr.status,
              "unknown",
              "The import did not finish. Nothing was changed.",
            ),
      );
    };
    xhr.send(file);
  });
}
