import {
  type ThoughtRecordInput,
  thoughtRecordListSchema,
  thoughtRecordSchema,
} from "../../../core/thoughts/thought.schema.js";
import { requestJson, requestNoContent } from "../../api/client.js";

// Kept beside the screen rather than in api/reconnect.ts so it loads with the lazy thoughts
// screen and adds nothing to the check-in screen's script.
export const thoughtsApi = {
  list: (q: string) => {
    const query = q.trim() === "" ? "" : `?${new URLSearchParams({ q: q.trim() })}`;
    return requestJson("GET", `/api/thoughts${query}`, thoughtRecordListSchema);
  },
  get: (id: string) =>
    requestJson("GET", `/api/thoughts/${encodeURIComponent(id)}`, thoughtRecordSchema),
  create: (input: ThoughtRecordInput) =>
    requestJson("POST", "/api/thoughts", thoughtRecordSchema, { body: input }),
  update: (id: string, input: ThoughtRecordInput) =>
    requestJson("PUT", `/api/thoughts/${encodeURIComponent(id)}`, thoughtRecordSchema, {
      body: input,
    }),
  remove: (id: string) => requestNoContent("DELETE", `/api/thoughts/${encodeURIComponent(id)}`),
};
