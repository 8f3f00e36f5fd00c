import { z } from "zod";
import {
  type ThoughtRecord,
  type ThoughtRecordInput,
  thoughtRecordListSchema,
  thoughtRecordSchema,
} from "../../../core/thoughts/thought.schema.js";
import { entityTag } from "../../../core/versions/entity-tag.js";
import { ApiRequestError, requestJson, requestNoContent } from "../../api/client.js";

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
  /**
   * With `base`, the version the words were typed over: a record changed elsewhere meanwhile is
   * refused with 409 (`ApiRequestError.body.current`, see `conflictOf`). Without, it is replaced.
   */
  update: (id: string, input: ThoughtRecordInput, base?: string) =>
    requestJson("PUT", `/api/thoughts/${encodeURIComponent(id)}`, thoughtRecordSchema, {
      body: input,
      ...(base === undefined ? {} : { headers: { "If-Match": entityTag(base) } }),
    }),
  /** With `base`, the version the person saw: a record changed elsewhere since is not deleted (409). */
  remove: (id: string, base?: string) =>
    requestNoContent("DELETE", `/api/thoughts/${encodeURIComponent(id)}`, {
      ...(base === undefined ? {} : { headers: { "If-Match": entityTag(base) } }),
    }),
};

const conflictSchema = z.object({ current: thoughtRecordSchema.nullable() });

/**
 * The record as it is now when a save was refused because it changed elsewhere (null: deleted
 * there), or undefined for any other failure.
 */
export function conflictOf(error: unknown): { current: ThoughtRecord | null } | undefined {
  if (!(error instanceof ApiRequestError) || error.code !== "thought-conflict") return undefined;
  const parsed = conflictSchema.safeParse(error.body);
  return parsed.success ? parsed.data : undefined;
}
