import type { FastifyInstance } from "fastify";
import { reportFigures } from "../../core/report/report-figures.js";
import { reportQuerySchema } from "../../core/report/report-query.schema.js";
import { recordAccess } from "../access-log/access-log.js";
import type { AppContext } from "../app-context.js";
import { readSnapshot } from "../export/read-snapshot.js";
import { localToday } from "../http/local-today.js";
import { parse } from "../http/parse.js";
import { currentUser } from "../sessions/session-guard.js";
import { readReportSource } from "./report.repository.js";
import { reportPdf } from "./report-pdf.js";

export function reportRoutes(app: FastifyInstance, ctx: AppContext): void {
  // Sessions only, like every /api route but the public few: a share or calendar link opens nothing here.
  // No HEAD (405, see http/method-not-allowed.ts): it would draw the whole PDF only to drop it, and
  // note a report in the access log that was never made.
  app.get(
    "/api/report.pdf",
    { exposeHeadRoute: false, config: { query: reportQuerySchema } },
    async (request, reply) => {
      const query = parse(reportQuerySchema, request.query, "address");
      const user = currentUser(request);
      // The period only, read by the export's own readers, as one snapshot as the export is.
      const source = await readSnapshot(ctx.store, (trx) => readReportSource(trx, user.id, query));
      const pdf = await reportPdf(reportFigures(source, query), {
        madeOn: localToday(request, ctx),
        includeNotes: query.includeNotes === "1",
        includeThoughts: query.includeThoughts === "1",
      });
      await recordAccess(ctx, request, user.id, "report");
      return reply
        .type("application/pdf")
        .header(
          "content-disposition",
          `attachment; filename="reconnect-report-${query.from}-to-${query.to}.pdf"`,
        )
        .send(pdf);
    },
  );
}
