import type { SectionProps } from '../../app/router/sectionProps';
import { PageHeader } from '../../ui/PageHeader';
import { TeamFolderPanel } from '../folder/TeamFolderPanel';
import { DecisionsList } from './DecisionsList';
import { ExchangesList } from './ExchangesList';
import { ExportForm } from './ExportForm';
import { HeldFilesList } from './HeldFilesList';
import { ImportPanel } from './ImportPanel';
import { NamePcBanner } from './NamePcBanner';
import './sync.css';

/** Share and receive: save the team's work to a locked file, bring in files from other PCs, settle differences. */
export function SyncSection(_props: SectionProps) {
  return (
    <>
      <PageHeader title="Share and receive" />
      <NamePcBanner />
      <section aria-labelledby="sync-folder-heading" className="sync-block">
        <h2 id="sync-folder-heading">Team folder</h2>
        <TeamFolderPanel />
      </section>
      <div className="sync-columns">
        <section aria-labelledby="sync-save-heading" className="sync-block">
          <h2 id="sync-save-heading">Save a file for another PC</h2>
          <ExportForm />
        </section>
        <section aria-labelledby="sync-bring-heading" className="sync-block">
          <h2 id="sync-bring-heading">Bring in a file</h2>
          <ImportPanel />
        </section>
      </div>
      <HeldFilesList />
      <section aria-labelledby="sync-decisions-heading" className="sync-block">
        <h2 id="sync-decisions-heading">Needs a decision</h2>
        <p>
          The same detail was changed on two PCs before either had seen the other’s change. The later change
          is shown for now; choose what should stay.
        </p>
        <DecisionsList />
      </section>
      <ExchangesList />
    </>
  );
}
