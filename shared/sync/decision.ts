/**
 * "Needs a decision": when two people changed the same field without either having seen the other's change, the
 * merge keeps the later one and hands back the other as a Decision so that a person can settle it later by keeping
 * one value or writing a new one. Decisions stay on the PC that found them; they are not part of the record state.
 */
import type { Hlc } from './hlc';

export interface Decision {
  /** The same for the same losing write, so finding it again (importing twice) does not add a second entry. */
  id: string;
  table: string;
  recordId: string;
  field: string;
  keptValue: unknown;
  keptStamp: Hlc;
  otherValue: unknown;
  otherStamp: Hlc;
  /** The person (member id) who last changed the record on the side whose value was set aside. */
  otherBy: string;
  /** ISO time of that side's last change. */
  otherAt: string;
}

export function decisionId(table: string, recordId: string, field: string, losingStamp: Hlc): string {
  // Table and field names are identifiers and ids and stamps hold no '|', so the parts cannot run together.
  return `${table}|${recordId}|${field}|${losingStamp}`;
}

/**
 * A decision is settled once the field has been written again after both of its values, by someone who had seen
 * both: a person choosing one (which stamps the field anew), or a change from a PC that had both values. A newer
 * change made on a PC that had not seen the set-aside value overwrote it unseen too, so the decision stays.
 */
export function isDecisionSettled(
  decision: Pick<Decision, 'keptStamp' | 'otherStamp'>,
  currentStamp: Hlc | undefined,
  writerSaw: (stamp: Hlc) => boolean = () => true,
): boolean {
  return (
    currentStamp !== undefined &&
    currentStamp > decision.keptStamp &&
    currentStamp > decision.otherStamp &&
    writerSaw(decision.keptStamp) &&
    writerSaw(decision.otherStamp)
  );
}

/** Adds decisions to a list, dropping ones already there (same id) and ones already settled by the current stamps. */
export function addDecisions(
  existing: readonly Decision[],
  found: readonly Decision[],
  currentStamp: (decision: Decision) => Hlc | undefined,
  writerSaw: (decision: Decision, stamp: Hlc) => boolean = () => true,
): Decision[] {
  const byId = new Map(existing.map((decision) => [decision.id, decision]));
  for (const decision of found) {
    if (!byId.has(decision.id)) byId.set(decision.id, decision);
  }
  return [...byId.values()].filter(
    (decision) => !isDecisionSettled(decision, currentStamp(decision), (stamp) => writerSaw(decision, stamp)),
  );
}
