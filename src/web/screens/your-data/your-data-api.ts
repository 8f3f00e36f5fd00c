import { accessLogSchema } from "../../../core/access-log/access-log.schema.js";
import type { ChangePassword } from "../../../core/accounts/account.schema.js";
import { apiErrorSchema } from "../../../core/api/api-error.schema.js";
import {
  accountCountsSchema,
  type ImportCounts,
  type ImportMode,
  importResultSchema,
} from "../../../core/export/export-document.schema.js";
import { ApiRequestError, requestJson, requestNoContent } from "../../api/client.js";
import type { Holdings } from "./replace-words.js";

// Beside the screen rather than in api/reconnect.ts, so it loads only with this screen.
export const yourDataApi = {
  changePassword: (input: ChangePassword) =>
    requestNoContent("PUT", "/api/me/password", { body: input }),
  signOutEverywhere: () => requestNoContent("DELETE", "/api/sessions"),
  erase: (password: string) => requestNoContent("DELETE", "/api/me", { body: { password } }),
  accessLog: async () => (await requestJson("GET", "/api/access-log", accessLogSchema)).entries,
  /**
   * How much the account holds now, for the question a replace asks first: one read that counts
   * every kind and writes nothing, unlike the export, which the access log would show as taken.
   */
  holdings: async (): Promise<Holdings> =>
    (await requestJson("GET", "/api/me/counts", accountCountsSchema)).counts,
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
