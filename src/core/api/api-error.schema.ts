import { z } from "zod";
import { lazySchema } from "../schema/lazy-schema.js";

/** The one error shape every route answers with: a stable code, a human message, and per-field detail. */
export const apiErrorSchema = lazySchema(() =>
  z.object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
    }),
  }),
);
export type ApiError = z.infer<typeof apiErrorSchema>;
