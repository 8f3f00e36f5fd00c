import type { CrisisResource } from "../../../core/crisis/crisis-resources.schema.js";
import { api } from "../../api/reconnect.js";

export interface Lines {
  resources: CrisisResource[];
  emergency: string;
}

let request: Promise<Lines> | undefined;

/**
 * The region's help lines, asked for once and shared by the card and the help sheet, so opening
 * the sheet shows them at once. A failed request is forgotten, so the next look tries again.
 */
export function crisisLines(): Promise<Lines> {
  request ??= api.crisisResources().then(
    (info) => ({ resources: info.resources, emergency: info.emergency }),
    (error: unknown) => {
      request = undefined;
      throw error;
    },
  );
  return request;
}
