import { hashQuery } from '../../app/router/hashRoute';
import type { SectionProps } from '../../app/router/sectionProps';
import { CoveragePage } from './CoveragePage';
import { EditEntryPage } from './EditEntryPage';
import { EntryPage } from './EntryPage';
import { LogPage } from './LogPage';
import { NewEntryPage } from './NewEntryPage';
import { PlannedPage } from './PlannedPage';
import { RecordPage } from './RecordPage';
import { RequiredPage } from './RequiredPage';
import './training.css';

/**
 * The training log. Pages: the log (`#/training`), log or plan an entry (`new`, `plan`; `new?fromSession=<id>`
 * fills it in from a reflection session), an entry (`entry/<id>`, `entry/<id>/edit`), planned events, required
 * training, a person's record (`record/<memberId>`) and the team's coverage.
 */
export function TrainingSection({ route }: SectionProps) {
  const [page, id, action] = route;
  switch (page) {
    case 'new':
      return (
        <NewEntryPage planned={false} fromSessionId={hashQuery(window.location.hash).get('fromSession')} />
      );
    case 'plan':
      return <NewEntryPage planned fromSessionId={null} />;
    case 'entry':
      if (id && action === 'edit') return <EditEntryPage key={id} entryId={id} />;
      if (id) return <EntryPage key={id} entryId={id} />;
      return <LogPage />;
    case 'planned':
      return <PlannedPage />;
    case 'required':
      return <RequiredPage />;
    case 'record':
      return <RecordPage memberId={id ?? null} />;
    case 'coverage':
      return <CoveragePage />;
    default:
      return <LogPage />;
  }
}
