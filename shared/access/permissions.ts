/**
 * Who may do what in a team, written down once. The interface asks these rules to hide or explain what a person
 * may not do; commands ask them again before writing; an import asks them of every change it brings in, and lists
 * for a leader what the sender was not allowed to do (the change is still kept, so every PC ends with the same
 * data). The leader-only tasks themselves are listed in ../domain/roles.ts (`can`); the rules here add the ones
 * that depend on whose record it is.
 */
import type { AuditRow } from '../domain/audit';
import type { Member } from '../domain/directory';
import { can, isActiveLeader, type Permission, type RoleHolder } from '../domain/roles';

/** The person acting: their directory record, or null when the app does not know them. */
export type Actor = (RoleHolder & Pick<Member, 'id'>) | null;

/**
 * Case entries that belong to the person who wrote them: a chronology entry (a case note is one of its types) and
 * a recorded view of the child or family. Each names its author in the field given here.
 */
export const AUTHORED_ENTRIES = { chronology: 'authorId', views: 'recordedBy' } as const;
export type AuthoredTable = keyof typeof AUTHORED_ENTRIES;

export function isAuthoredTable(table: string): table is AuthoredTable {
  return Object.hasOwn(AUTHORED_ENTRIES, table);
}

/** Who wrote an entry of an authored table; null when nobody is named (an entry from before names were kept). */
export function authorOf(table: AuthoredTable, record: Record<string, unknown>): string | null {
  const author = record[AUTHORED_ENTRIES[table]];
  return typeof author === 'string' && author !== '' ? author : null;
}

/** A chronology entry, a case note or a view of the child: removed only by whoever wrote it, or a team leader. */
export function mayRemoveEntry(actor: Actor, authorId: string | null): boolean {
  if (actor === null || actor.deleted) return false;
  return isActiveLeader(actor) || (authorId !== null && authorId === actor.id);
}

/** The fields of a training attendance row that hold the person's own reflection: theirs to read and write. */
export const OWN_REFLECTION_FIELDS = [
  'learnt',
  'changedPractice',
  'peerReflectionWith',
  'peerReflectionOutcome',
] as const;

export interface TeamPrivacy {
  /** The team lets professional supervisors read their supervisees' own training reflections. */
  supervisorSeesReflections: boolean;
}

/** A person's own training reflections: seen by them, and by their supervisor where the team has said so. */
export function maySeeReflections(
  viewer: Actor,
  owner: Pick<Member, 'id' | 'supervisorId'>,
  privacy: TeamPrivacy,
): boolean {
  if (viewer === null || viewer.deleted) return false;
  if (viewer.id === owner.id) return true;
  return privacy.supervisorSeesReflections && owner.supervisorId === viewer.id;
}

/** Only the person themselves writes their own reflection. */
export function mayWriteReflection(actor: Actor, ownerId: string): boolean {
  return actor !== null && !actor.deleted && actor.id === ownerId;
}

/** Anyone may draft a new version of a procedure; putting one in force is for team leaders. */
export function mayPublishProcedure(actor: Actor): boolean {
  return can(actor, 'publish-procedures');
}

/**
 * The rules in plain words, for the page that explains them. Each line is what members may do, then what only
 * leaders (or the person concerned) may.
 */
export const RULES_IN_WORDS: readonly string[] = [
  'Everyone in the team can add to and change the board, cases, the directory, sessions, training and the charter.',
  'A chronology entry, a case note or a view of the child or family can be removed only by the person who wrote it or by a team leader, and only with a reason.',
  'Your own training reflections are seen by you, and by your supervisor if the team has chosen that.',
  'Anyone can draft a new version of a procedure; only a team leader can publish it.',
  'Only team leaders change the board’s columns, templates, people’s roles and the team’s settings, clear a PIN on a PC, vouch for someone signing in for the first time, and remove deleted records for good.',
  'Your personal password is yours alone: nobody else can set it.',
];

/** What an incoming change needs to be judged: the record after the merge, and the person who made the change. */
export interface ReviewFacts {
  record: Record<string, unknown> | undefined;
  actor: Actor;
}

const LEADER_TABLES: Partial<Record<string, Permission>> = {
  boardColumns: 'manage-columns',
  reflectionTemplates: 'manage-templates',
  team: 'change-team-settings',
};

function leaderOnly(row: AuditRow): Permission | null {
  if (row.action === 'purge') return 'purge';
  const tablePermission = LEADER_TABLES[row.table];
  if (tablePermission !== undefined) return tablePermission;
  // Adding someone as a member is anyone's to do; making anyone a leader, or changing a role, is not.
  const role = row.changes.find((change) => change.field === 'teamRole');
  if (row.table === 'members' && role && (row.action !== 'create' || role.after === 'leader'))
    return 'manage-roles';
  if (row.action === 'vouch') return 'vouch';
  if (row.action === 'clear-pin') return 'reset-pins';
  if (
    row.table === 'procedureVersions' &&
    row.changes.some((change) => change.field === 'status' && change.after === 'in-force')
  ) {
    return 'publish-procedures';
  }
  return null;
}

/**
 * Why a change made elsewhere was not one its maker was allowed to make, in words for a leader ("removed a
 * chronology entry someone else wrote"), or null when it was allowed. Changes by the anonymous or by someone this
 * PC does not know are judged as a member's.
 */
export function reviewReason(row: AuditRow, facts: ReviewFacts): string | null {
  const { actor, record } = facts;
  const permission = leaderOnly(row);
  if (permission !== null && !can(actor, permission))
    return `${PERMISSION_WORDS[permission]}, which only a team leader may do`;
  if (row.action === 'delete' && isAuthoredTable(row.table) && record !== undefined) {
    if (!mayRemoveEntry(actor, authorOf(row.table, record))) {
      return row.table === 'views'
        ? 'removed a view of the child or family that someone else recorded'
        : 'removed a chronology entry someone else wrote';
    }
  }
  if (
    row.table === 'trainingAttendance' &&
    record !== undefined &&
    row.fields.some((field) => (OWN_REFLECTION_FIELDS as readonly string[]).includes(field)) &&
    typeof record['memberId'] === 'string' &&
    !mayWriteReflection(actor, record['memberId'])
  ) {
    return 'changed someone else’s own training reflection';
  }
  if (row.table === 'passwords' && row.personId !== row.recordId) {
    return 'set someone else’s personal password';
  }
  return null;
}

const PERMISSION_WORDS: Record<Permission, string> = {
  'manage-columns': 'changed the board’s columns',
  'manage-templates': 'changed a template',
  'manage-roles': 'changed someone’s role',
  'reset-pins': 'cleared someone’s PIN',
  vouch: 'vouched for someone signing in for the first time',
  purge: 'removed something for good',
  'publish-procedures': 'published a version of a procedure',
  'change-team-settings': 'changed the team’s settings',
  'review-changes': 'marked a change as reviewed',
  'bring-in-ahead': 'brought in a file from a PC whose clock was ahead',
  'keep-key-on-pc': 'let a PC open the team without the passphrase',
};
