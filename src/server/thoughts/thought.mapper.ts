import { z } from "zod";
import { shownOrAbsent } from "../../core/text/visible.js";
import { fittedSuggestions } from "../../core/thoughts/suggestions-fit.js";
import {
  type SuggestedTrap,
  searchForm,
  storedFeelingSchema,
  suggestedTrapSchema,
  type ThoughtRecord,
  type ThoughtRecordInput,
  trapIdSchema,
} from "../../core/thoughts/thought.schema.js";
import { detectTraps } from "../../core/traps/detect-traps.js";
import type { ThoughtRecordRow, ThoughtRecordTable } from "./thought.table.js";

/** The detector's suggestions for a thought, as they are stored with the record. */
export function suggestTraps(thought: string): SuggestedTrap[] {
  return detectTraps(thought).traps.map((trap) => ({
    id: trap.id,
    confidence: trap.confidence,
    spans: trap.spans.map((span) => ({ start: span.start, end: span.end })),
  }));
}

/**
 * The stored record as the API shows it. Optional texts are omitted, not null, so a record reads
 * back exactly as it was sent; a text that shows nothing (empty, spaces, a zero-width space)
 * counts as not written, so a step never reads back as a blank that looks filled in.
 */
export function recordFromInput(
  id: string,
  input: ThoughtRecordInput,
  times: { createdAt: string; updatedAt: string },
): ThoughtRecord {
  const record: ThoughtRecord = {
    id,
    thought: input.thought,
    feelings: input.feelings ?? [],
    suggestedTraps: suggestTraps(input.thought),
    keptTraps: input.keptTraps ?? [],
    setAsideTraps: input.setAsideTraps ?? [],
    createdAt: times.createdAt,
    updatedAt: times.updatedAt,
  };
  const situation = shownOrAbsent(input.situation);
  const evidenceFor = shownOrAbsent(input.evidenceFor);
  const evidenceAgainst = shownOrAbsent(input.evidenceAgainst);
  const balancedThought = shownOrAbsent(input.balancedThought);
  if (situation !== undefined) record.situation = situation;
  if (evidenceFor !== undefined) record.evidenceFor = evidenceFor;
  if (evidenceAgainst !== undefined) record.evidenceAgainst = evidenceAgainst;
  if (balancedThought !== undefined) record.balancedThought = balancedThought;
  return record;
}

export function recordToRow(userId: string, record: ThoughtRecord): ThoughtRecordTable {
  return {
    id: record.id,
    user_id: userId,
    situation: record.situation ?? null,
    thought: record.thought,
    feelings: JSON.stringify(record.feelings),
    suggested_traps: JSON.stringify(record.suggestedTraps),
    kept_traps: JSON.stringify(record.keptTraps),
    set_aside_traps: JSON.stringify(record.setAsideTraps),
    evidence_for: record.evidenceFor ?? null,
    evidence_against: record.evidenceAgainst ?? null,
    balanced_thought: record.balancedThought ?? null,
    search_text: searchForm(
      [record.situation ?? "", record.thought, record.balancedThought ?? ""].join("\n"),
    ),
    created_at: record.createdAt,
    updated_at: record.updatedAt,
  };
}

const feelingsJson = z.array(storedFeelingSchema);
const suggestedJson = z.array(suggestedTrapSchema);
export const trapIdsJson = z.array(trapIdSchema);

export function recordFromRow(row: ThoughtRecordRow): ThoughtRecord {
  const record: ThoughtRecord = {
    id: row.id,
    thought: row.thought,
    // Parsed, not cast: a row is only trusted as far as its shape checks out.
    feelings: feelingsJson.parse(JSON.parse(row.feelings)),
    // As the detector could have made them: an import once kept whatever a file held.
    suggestedTraps: fittedSuggestions(
      row.thought,
      suggestedJson.parse(JSON.parse(row.suggested_traps)),
    ),
    keptTraps: trapIdsJson.parse(JSON.parse(row.kept_traps)),
    setAsideTraps: trapIdsJson.parse(JSON.parse(row.set_aside_traps)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (row.situation !== null) record.situation = row.situation;
  if (row.evidence_for !== null) record.evidenceFor = row.evidence_for;
  if (row.evidence_against !== null) record.evidenceAgainst = row.evidence_against;
  if (row.balanced_thought !== null) record.balancedThought = row.balanced_thought;
  return record;
}
