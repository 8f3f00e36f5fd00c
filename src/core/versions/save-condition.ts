/**
 * What a save or delete asks of a record as it is on the server now. Check-ins, the safety plan
 * and thought records all carry a version (their `updatedAt`) and read conditions alike, so a
 * client learns the rules once (docs/API.md, "Versions and conditional saves").
 */
export type SaveCondition =
  /** No condition: create or replace, as the contract always did. */
  | { kind: "none" }
  /** `If-Match: "<version>"`: only if the record is still the version the device edited. */
  | { kind: "version"; version: string }
  /** `If-Match: *`: only if the record exists at all. */
  | { kind: "exists" }
  /** `If-None-Match: *`: only if there is no record (the device saw none). */
  | { kind: "absent" };

/** Whether a save may go ahead, given the version the record has now (null: no record). */
export function conditionHolds(condition: SaveCondition, current: string | null): boolean {
  switch (condition.kind) {
    case "none":
      return true;
    case "version":
      return current === condition.version;
    case "exists":
      return current !== null;
    case "absent":
      return current === null;
  }
}
