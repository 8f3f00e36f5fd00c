import {
  createdShareSchema,
  type ShareCreate,
  type ShareUpdate,
  shareListSchema,
  shareSchema,
} from "../../../core/shares/share.schema.js";
import { requestJson, requestNoContent } from "../../api/client.js";

// Beside the screen rather than in api/reconnect.ts, so it loads only with the share screen.
export const shareApi = {
  /** The cards, and whether a link made here can open on another device. */
  list: () => requestJson("GET", "/api/shares", shareListSchema),
  create: (input: ShareCreate) =>
    requestJson("POST", "/api/shares", createdShareSchema, { body: input }),
  update: (id: string, changes: ShareUpdate) =>
    requestJson("PATCH", `/api/shares/${encodeURIComponent(id)}`, shareSchema, { body: changes }),
  revoke: (id: string) => requestNoContent("DELETE", `/api/shares/${encodeURIComponent(id)}`),
};
