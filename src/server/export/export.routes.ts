import { Readable } from "node:stream";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { csvQuerySchema, csvTable } from "../../core/export/csv-tables.js";
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportDocument,
  exportDocumentSchema,
  type ImportCounts,
  importModes,
} from "../../core/export/export-document.schema.js";
import { upgradeExport } from "../../core/export/upgrade-export.js";
import { textProblemSteps } from "../../core/text/well-formed.js";
import { recordAccess } from "../access-log/access-log.js";
import type { AppContext } from "../app-context.js";
import { AppError } from "../errors/app-error.js";
import { bodyEncodingRefusal } from "../http/body-encoding.js";
import { runGivingWay, safeParseGivingWay } from "../http/give-way.js";
import { fieldErrors, namedFew, PROBLEMS_NAMED, parse, textRefusal } from "../http/parse.js";
import { appWording } from "../http/zod-wording.js";
import { currentUser } from "../sessions/session-guard.js";
import { checkedExportGivingWay } from "./checked-giving-way.js";
import { csvTextGivingWay } from "./csv-file.js";
import { readUncheckedExport } from "./export.repository.js";
import { exportChunks } from "./export-stream.js";
import { readJsonStream } from "./import-body.js";
import { importDocument } from "./import-document.js";
import { readSnapshot } from "./read-snapshot.js";

/** The largest file an import takes: ten years of a full life in Reconnect fit with room to spare. */
export const IMPORT_LIMIT_BYTES = 50 * 1024 * 1024;

/** How many of a file's values are looked at for bad text between turns: a few milliseconds' worth. */
const TEXT_VALUES_PER_STEP = 5_000;

const importQuerySchema = z.strictObject({
  // "add" unless the person chooses otherwise: it never removes anything.
  mode: z.enum(importModes, { message: "must be add or replace" }).default("add"),
});

const refused = (code: string, message: string, fields: Record<string, string>) =>
  new AppError(400, code, message, fields);

/**
 * The checks in the order a person would want them: whose file, which version, then its parts.
 * The parts are checked giving way between steps of records (give-way.ts): a whole file's check
 * took a second and more in one piece, and everyone else on the server waited for it.
 */
async function checkedDocument(body: unknown): Promise<ExportDocument> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw refused("invalid-import", "The file must hold one JSON object, as an export does.", {
      body: "must be a JSON object",
    });
  }
  const { format, version } = body as { format?: unknown; version?: unknown };
  if (format !== EXPORT_FORMAT) {
    throw refused(
      "not-a-reconnect-export",
      "This file was not made by Reconnect's export, so nothing was imported.",
      { format: `must be "${EXPORT_FORMAT}"` },
    );
  }
  if (typeof version === "number" && Number.isInteger(version) && version > EXPORT_VERSION) {
    throw refused(
      "newer-version",
      `This file comes from a newer Reconnect (export version ${version}); this one reads up to version ${EXPORT_VERSION}. Update Reconnect, then import it again.`,
      { version: `must be at most ${EXPORT_VERSION}` },
    );
  }
  // An older file is first brought to today's shape; the schema then judges it like a new one.
  const current =
    typeof version === "number" && Number.isInteger(version)
      ? upgradeExport({ ...body, version })
      : body;
  const result = await safeParseGivingWay(exportDocumentSchema, current, appWording);
  if (result.success) return result.data;
  // As every refusal: the first ten named, and said when there are more.
  const { fields, message } = namedFew(fieldErrors(result.error, body, PROBLEMS_NAMED + 1));
  throw refused("invalid-import", `Nothing was imported. ${message}`, fields);
}

/**
 * The signed-in person's export as both downloads read it, with the access noted in their log,
 * and the day it was taken (for the file name).
 */
async function exportOfSignedIn(
  ctx: AppContext,
  request: FastifyRequest,
): Promise<{ doc: ExportDocument; day: string }> {
  const user = currentUser(request);
  const exportedAt = ctx.now().toISOString();
  // One read transaction: a check-in saved while the export runs is in it whole or not at all.
  // It only reads; the rows are checked after it, giving way, so on SQLite (whose one
  // connection the transaction holds) other people's requests are answered meanwhile.
  const unchecked = await readSnapshot(ctx.store, (trx) =>
    readUncheckedExport(trx, user.id, exportedAt),
  );
  const doc = await checkedExportGivingWay(unchecked);
  await recordAccess(ctx, request, user.id, "export");
  return { doc, day: exportedAt.slice(0, 10) };
}

export function exportRoutes(app: FastifyInstance, ctx: AppContext): void {
  // No HEAD (405, see http/method-not-allowed.ts): Fastify's HEAD runs this handler, which would
  // build the whole file only to drop it, and note a download in the access log that never was.
  app.get("/api/export", { exposeHeadRoute: false }, async (request, reply) => {
    const { doc, day } = await exportOfSignedIn(ctx, request);
    return reply
      .type("application/json; charset=utf-8")
      .header("content-disposition", `attachment; filename="reconnect-export-${day}.json"`)
      .send(Readable.from(exportChunks(doc)));
  });

  // One kind as a spreadsheet; read from the same per-person export, so it holds nothing more.
  // No HEAD, as for the export above.
  app.get(
    "/api/export/csv",
    { exposeHeadRoute: false, config: { query: csvQuerySchema } },
    async (request, reply) => {
      const query = parse(csvQuerySchema, request.query, "address");
      const { doc, day } = await exportOfSignedIn(ctx, request);
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="reconnect-${query.kind}-${day}.csv"`)
        .send(await csvTextGivingWay(csvTable(doc, query)));
    },
  );

  // In a scope of its own, whose JSON bodies are parsed as they arrive (import-body.ts) rather
  // than gathered whole first: only this route takes files of many megabytes.
  app.register(async (scope) => {
    scope.removeContentTypeParser("application/json");
    scope.addContentTypeParser(
      "application/json",
      async (request: FastifyRequest, payload: Readable) => {
        const refusal = bodyEncodingRefusal(request);
        if (refusal) throw refusal;
        return readJsonStream(payload, IMPORT_LIMIT_BYTES, request.headers["content-length"]);
      },
    );
    scope.post("/api/import", { bodyLimit: IMPORT_LIMIT_BYTES }, async (request) => {
      const { mode } = parse(importQuerySchema, request.query, "address");
      const user = currentUser(request);
      // Text a database would change or refuse (half an emoji, NUL) is refused by path first, as
      // `parse` does, looking at the file's values a step at a time, and only until the first
      // few to name are found: a file of millions of them held the server for minutes.
      const badText = textRefusal(
        await runGivingWay(
          textProblemSteps(request.body, TEXT_VALUES_PER_STEP, PROBLEMS_NAMED + 1),
        ),
      );
      if (badText) throw badText;
      const doc = await checkedDocument(request.body);
      const imported: ImportCounts = await ctx.store.write(async (trx) => {
        const now = ctx.now().toISOString();
        const counts = await importDocument(trx, user.id, doc, mode, ctx.newId, now);
        const event = mode === "replace" ? "data-replaced" : "import";
        await recordAccess(ctx, request, user.id, event, trx);
        return counts;
      });
      return { imported };
    });
  });
}
