import { EXPORT_VERSION } from "./export-document.schema.js";
import { repairVersion1 } from "./repair-v1.js";

/** A parsed export, before its shape is checked: only its version is known to be a number. */
export type UncheckedExport = { version: number } & Record<string, unknown>;

/** One step of the chain: a document of version N, rewritten in the shape of version N + 1. */
export type ExportUpgrade = (doc: UncheckedExport) => UncheckedExport;

/** The first version Reconnect ever wrote; nothing older exists to upgrade. */
export const OLDEST_EXPORT_VERSION = 1;

/**
 * The steps, by the version each starts from: when version N + 1 is introduced, its
 * upgrade-vN-to-vN+1.ts goes here and a file of version N + 1 joins test/fixtures/export (the
 * fixtures test asks for both). Empty while version 1 is the only one there has been.
 */
export const EXPORT_UPGRADES: ReadonlyMap<number, ExportUpgrade> = new Map();

/**
 * An older export brought to the current version one step at a time, so each step stays small
 * and a file of any age reads like a new one. A version outside the known range is left as it
 * is, for the schema to name `version` as the problem.
 */
export function upgradeExport(doc: UncheckedExport): UncheckedExport {
  // Version 1 first has what its own app let in before a rule was tightened made readable.
  let current = doc.version === 1 ? repairVersion1(doc) : doc;
  while (current.version >= OLDEST_EXPORT_VERSION && current.version < EXPORT_VERSION) {
    const step = EXPORT_UPGRADES.get(current.version);
    if (step === undefined) return current;
    const next = step(current);
    // A step that does not move one version on would loop for ever: a bug, said at once.
    if (next.version !== current.version + 1) {
      throw new Error(`export upgrade from version ${current.version} gave ${next.version}`);
    }
    current = next;
  }
  return current;
}
