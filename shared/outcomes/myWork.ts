/**
 * "My work and the team's": a person's open actions in due-date order (overdue first), and the team's overdue
 * actions grouped by owner and by the owner's agency. Pure, so the page and its tests share one rule.
 */
import type { Action } from '../domain/cases';
import type { Member } from '../domain/directory';

type WorkAction = Pick<Action, 'id' | 'ownerId' | 'dueDate' | 'status' | 'text'> & { deleted: boolean };

/** Open and live; overdue when the due date is before today. */
export function isOverdue(action: Pick<Action, 'status' | 'dueDate'>, today: string): boolean {
  return action.status === 'open' && action.dueDate !== null && action.dueDate < today;
}

/** Open actions by due date, earliest (so overdue) first; actions with no due date last. */
export function sortByDue<Row extends WorkAction>(actions: readonly Row[]): Row[] {
  return actions
    .filter((action) => !action.deleted && action.status === 'open')
    .sort(
      (a, b) =>
        (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') || a.text.localeCompare(b.text),
    );
}

export interface OverdueGroup<Row> {
  /** A member id or agency id; null for "nobody" / "no agency". */
  key: string | null;
  name: string;
  actions: Row[];
}

function grouped<Row extends WorkAction>(
  actions: readonly Row[],
  today: string,
  keyOf: (action: Row) => string | null,
  nameOf: (key: string | null) => string,
): OverdueGroup<Row>[] {
  const groups = new Map<string | null, Row[]>();
  for (const action of sortByDue(actions)) {
    if (!isOverdue(action, today)) continue;
    const key = keyOf(action);
    const rows = groups.get(key);
    if (rows) rows.push(action);
    else groups.set(key, [action]);
  }
  return [...groups.entries()]
    .map(([key, rows]) => ({ key, name: nameOf(key), actions: rows }))
    .sort((a, b) => b.actions.length - a.actions.length || a.name.localeCompare(b.name));
}

export function overdueByOwner<Row extends WorkAction>(
  actions: readonly Row[],
  members: readonly Pick<Member, 'id' | 'name'>[],
  today: string,
): OverdueGroup<Row>[] {
  const names = new Map(members.map((member) => [member.id, member.name]));
  return grouped(
    actions,
    today,
    (action) => action.ownerId,
    (key) => (key === null ? 'Nobody yet' : (names.get(key) ?? 'Someone no longer in the directory')),
  );
}

export function overdueByAgency<Row extends WorkAction>(
  actions: readonly Row[],
  members: readonly Pick<Member, 'id' | 'employingAgencyId'>[],
  agencies: readonly { id: string; name: string }[],
  today: string,
): OverdueGroup<Row>[] {
  const agencyOf = new Map(members.map((member) => [member.id, member.employingAgencyId]));
  const names = new Map(agencies.map((agency) => [agency.id, agency.name]));
  return grouped(
    actions,
    today,
    (action) => (action.ownerId === null ? null : (agencyOf.get(action.ownerId) ?? null)),
    (key) => (key === null ? 'No agency' : (names.get(key) ?? 'An agency no longer in the directory')),
  );
}
