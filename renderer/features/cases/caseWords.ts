/** Plain words for the ids and field names a case page shows. */
import type { Agency, Member } from '../../../shared/domain/directory';

export function personName(
  members: ReadonlyMap<string, Member>,
  id: string | null,
  none = 'Nobody yet',
): string {
  if (id === null || id === '') return none;
  return members.get(id)?.name ?? 'Someone no longer in the directory';
}

/** Who owns an action: a member by name, or someone outside the team by name and role. */
export function actionOwner(
  members: ReadonlyMap<string, Member>,
  action: { ownerId: string | null; outsideOwner: string; outsideOwnerRole: string },
): string {
  if (action.ownerId === null && action.outsideOwner !== '') {
    const role = action.outsideOwnerRole === '' ? '' : `, ${action.outsideOwnerRole}`;
    return `${action.outsideOwner}${role} (outside the team)`;
  }
  return personName(members, action.ownerId);
}

export function agencyName(agencies: readonly Agency[], id: string | null, none = 'No agency'): string {
  if (id === null) return none;
  return agencies.find((agency) => agency.id === id)?.name ?? 'An agency no longer in the directory';
}

/** What each table's rows are called in the history and in "Deleted" messages. */
export const ROW_WORDS: Record<string, string> = {
  cases: 'Case details',
  involvements: 'Team around the child',
  aims: 'Shared aim',
  actions: 'Action',
  services: 'Service',
  views: 'View',
  chronology: 'Chronology entry',
  caseReferences: 'Reference number',
  sharingDecisions: 'Basis for sharing',
};

/** Field names in plain words, for the history of changes. */
export const FIELD_WORDS: Record<string, string> = {
  reference: 'reference',
  displayName: 'name',
  columnId: 'stage',
  leadMemberId: 'lead professional',
  concerns: 'wellbeing concerns',
  nextReviewDate: 'next review date',
  status: 'status',
  openedAt: 'date opened',
  closedAt: 'date closed',
  closeReason: 'reason for closing',
  outcome: 'outcome',
  sharingBasis: 'basis for sharing information',
  consentGivenBy: 'consent given by',
  consentGivenOn: 'date consent given',
  consentScope: 'what consent covers',
  legalBasis: 'legal basis',
  sharingRestriction: 'restriction on sharing',
  protocolVersionId: 'information-sharing procedure',
  memberId: 'person',
  agencyId: 'agency',
  role: 'role',
  since: 'involved since',
  until: 'involved until',
  text: 'text',
  progress: 'progress',
  ownerId: 'owner',
  outsideOwner: 'owner outside the team',
  outsideOwnerRole: "outside owner's role",
  kind: 'kind of reference',
  label: 'what the reference is',
  value: 'reference number',
  basis: 'lawful basis',
  specialCategory: 'condition for special-category information',
  decidedBy: 'decided by',
  decidedOn: 'date decided',
  reason: 'why',
  reviewOn: 'review by',
  dueDate: 'due date',
  aimId: 'aim it serves',
  doneAt: 'when done',
  doneBy: 'done by',
  name: 'name',
  recommendedBy: 'recommended by',
  recommendedOn: 'date recommended',
  obtainedOn: 'date obtained',
  whyNot: 'why not obtained',
  whose: 'whose view',
  recordedOn: 'date recorded',
  recordedBy: 'recorded by',
  date: 'date',
  type: 'type',
  authorId: 'author',
  reviewDue: 'review due',
  deleted: 'deleted',
  caseId: 'case',
  source: 'source',
  sessionId: 'session',
  dropReason: 'reason for dropping',
};

export function fieldWords(field: string): string {
  return FIELD_WORDS[field] ?? field.replace(/([A-Z])/g, ' $1').toLowerCase();
}
