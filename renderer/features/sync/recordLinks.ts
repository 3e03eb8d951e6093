/**
 * Where a person settles a clash: the page (or form) that shows the record, for the tables whose rules can clash.
 * Kept beside the clash list so that features need not know about clashes; a table without an entry here is still
 * listed, just without a link.
 */
import { hrefFor } from '../../app/router/hashRoute';
import type { SyncedRecord } from '../../../shared/sync/record';

function idIn(record: SyncedRecord, field: string): string | null {
  const value = record[field];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The address of the form or page where the record's clashing fields can be changed, if the app has one. */
export function settleHref(table: string, record: SyncedRecord): string | null {
  const caseId = idIn(record, 'caseId');
  switch (table) {
    case 'members':
      return hrefFor('people', 'member', record.id, 'edit');
    case 'agencies':
      return hrefFor('people', 'agency', record.id, 'edit');
    case 'trainingEntries':
      return hrefFor('training', 'entry', record.id, 'edit');
    case 'requiredTraining':
      return hrefFor('training', 'required');
    case 'agencyCommitments':
      return hrefFor('charter', 'commitment', record.id);
    case 'charterTargets':
      return hrefFor('charter', 'target', record.id);
    case 'charterAims':
      return hrefFor('charter', 'aim', record.id);
    case 'healthChecks':
      return hrefFor('reflection', 'checks', record.id);
    case 'reflectionSessions':
      return hrefFor('reflection', 'session', record.id);
    case 'cases':
      return hrefFor('board', 'case', record.id);
    case 'team':
      // The team has no page of its own: its choices (keeping, privacy, roles) live under Settings.
      return hrefFor('settings');
    case 'boardColumns':
      return hrefFor('board', 'columns');
    case 'wellbeingIndicators':
      return hrefFor('settings', 'wellbeing');
    case 'searchWords':
      return hrefFor('people', 'search', 'words');
    case 'savedViews':
      // Saved views are kept and renamed on the board itself.
      return hrefFor('board');
    case 'procedures':
      return hrefFor('charter', 'procedure', record.id);
    case 'procedureVersions': {
      const procedureId = idIn(record, 'procedureId');
      return procedureId === null
        ? hrefFor('charter', 'procedures')
        : hrefFor('charter', 'procedure', procedureId, 'version', record.id);
    }
    case 'reflectionTemplates':
      return hrefFor('reflection', 'templates', record.id);
    case 'passwords':
      // Settled when the person sets a new password at their next sign-in; the roles page shows who has one.
      return hrefFor('settings', 'roles');
    default:
      if (caseId !== null) return hrefFor('board', 'case', caseId);
      if (idIn(record, 'sessionId') !== null)
        return hrefFor('reflection', 'session', idIn(record, 'sessionId') ?? '');
      return null;
  }
}
