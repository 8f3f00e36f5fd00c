import { z } from "zod";

// The shapes only, apart from the list of lines itself (crisis-resources.ts): the browser checks
// the server's answer with these, and importing them must not bring every region's lines (and
// their parse at load) into the script the check-in screen waits on.

export const crisisResourceSchema = z.object({
  name: z.string(),
  phone: z.string().optional(),
  text: z.string().optional(),
  url: z.string().optional(),
  hours: z.string().optional(),
});
export type CrisisResource = z.infer<typeof crisisResourceSchema>;

export const crisisResourcesSchema = z.object({
  region: z.string(),
  known: z.boolean(),
  resources: z.array(crisisResourceSchema),
  emergency: z.string(),
  verified: z.string(),
});
export type CrisisResources = z.infer<typeof crisisResourcesSchema>;
