/**
 * "Needs a decision": when two people changed the same field without either having seen the other's change, the
 * merge keeps the later one and hands back the other as a Decision so that a person can settle it later by keeping
 * one value or writing a new one. Decisions stay on the PC that found them; they are not part of the record state.
 */
import { hlcWallTime, type Hlc } from './hlc';
import { deepEqual } from './values';

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

/** What a record's field holds now, for judging what a waiting decision still asks. */
export interface FieldNow {
  stamp: Hlc;
  value: unknown;
}

/**
 * What a decision still asks once its field holds `now`. While nothing newer than both of its values has been
 * written, it asks the same. A newer value settles it when its writer knew of it (`knew(id)`: a person here, or
 * elsewhere a person whose choice names it). A newer value written without that knowledge overwrote unseen each of
 * the decision's values that it does not repeat, so each such value stays a question of its own: "what it holds now,
 * or this?", named by that value's stamp as the merge names it. Two PCs that lost the same value thus ask the same
 * question under the same id, and one person's answer clears it on both; a question whose values the field holds
 * again asks nothing.
 */
export function stillToDecide(
  decision: Decision,
  now: FieldNow | undefined,
  knew: (id: string) => boolean,
): Decision[] {
  if (now === undefined || now.stamp <= decision.keptStamp || now.stamp <= decision.otherStamp)
    return [decision];
  if (knew(decision.id)) return [];
  const sides = [
    { value: decision.otherValue, stamp: decision.otherStamp, by: decision.otherBy, at: decision.otherAt },
    // Who wrote the value once kept is read from the change history when the question is shown.
    {
      value: decision.keptValue,
      stamp: decision.keptStamp,
      by: '',
      at: new Date(hlcWallTime(decision.keptStamp)).toISOString(),
    },
  ];
  const left: Decision[] = [];
  for (const side of sides) {
    const id = decisionId(decision.table, decision.recordId, decision.field, side.stamp);
    if (deepEqual(side.value, now.value) || knew(id)) continue;
    left.push({
      ...decision,
      id,
      keptValue: now.value,
      keptStamp: now.stamp,
      otherValue: side.value,
      otherStamp: side.stamp,
      otherBy: side.by,
      otherAt: side.at,
    });
  }
  return left;
}

/**
 * Adds newly found decisions to a PC's list and works out what each one still asks (`stillToDecide`), one entry per
 * id: the same set-aside value found twice (importing again, or through two PCs) is one question.
 */
export function addDecisions(
  existing: readonly Decision[],
  found: readonly Decision[],
  fieldNow: (decision: Decision) => FieldNow | undefined,
  knew: (decision: Decision, id: string) => boolean = () => true,
): Decision[] {
  const byId = new Map<string, Decision>();
  const seen = new Set<string>();
  for (const decision of [...existing, ...found]) {
    if (seen.has(decision.id)) continue;
    seen.add(decision.id);
    for (const left of stillToDecide(decision, fieldNow(decision), (id) => knew(decision, id))) {
      const there = byId.get(left.id);
      if (there === undefined || left.keptStamp > there.keptStamp) byId.set(left.id, left);
    }
  }
  return [...byId.values()];
}
