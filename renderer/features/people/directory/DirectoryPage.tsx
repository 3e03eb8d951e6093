import { useMemo, useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { hrefFor } from '../../../app/router/hashRoute';
import { getAppApi } from '../../../bridge/appApi';
import { membersToCsv } from '../../../../shared/people/csv';
import {
  NO_FILTERS,
  filterMembers,
  type DirectoryFilters as Filters,
} from '../../../../shared/people/directoryView';
import { byId } from '../../../../shared/people/members';
import { Banner } from '../../../ui/Banner';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { DirectoryCards } from './DirectoryCards';
import { DirectoryFilters } from './DirectoryFilters';
import { DirectoryTable } from './DirectoryTable';
import { PeopleNav } from '../PeopleNav';
import { useDirectory } from './useDirectory';

type View = 'cards' | 'table';

/** The directory: everyone in the team as cards or a sortable table, with filters, export and printing. */
export function DirectoryPage({ initialView }: { initialView: View }) {
  const directory = useDirectory();
  const members = directory?.members;
  const agencies = directory?.agencies;
  const [view, setView] = useState<View>(initialView);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const agencyMap = useMemo(() => byId(agencies ?? []), [agencies]);
  const shown = useMemo(() => filterMembers(members ?? [], filters), [members, filters]);

  const exportCsv = async () => {
    const result = await getAppApi().files.saveText(
      'team-directory.csv',
      membersToCsv(members ?? [], agencies ?? []),
    );
    if (result.saved) setMessage({ tone: 'success', text: `The directory was saved as ${result.name}.` });
    else if (result.reason === 'failed')
      setMessage({ tone: 'error', text: result.message ?? 'The directory could not be saved. Try again.' });
  };
  const print = async () => {
    const result = await getAppApi().print.toPdf('directory.pdf');
    if (result.saved) setMessage({ tone: 'success', text: `The directory was printed to ${result.name}.` });
    else if (result.reason === 'failed')
      setMessage({ tone: 'error', text: result.message ?? 'The directory could not be printed. Try again.' });
  };

  return (
    <>
      <PageHeader title="People" action={{ label: 'Add a person', href: hrefFor('people', 'new-member') }}>
        <button type="button" className="button button--secondary" onClick={() => void exportCsv()}>
          Export as CSV
        </button>
        <button type="button" className="button button--secondary" onClick={() => void print()}>
          Print the directory
        </button>
      </PageHeader>
      <PeopleNav current="directory" />
      {message && (
        <Banner tone={message.tone} live>
          <p>{message.text}</p>
        </Banner>
      )}
      {members && agencies && members.length === 0 && (
        <EmptyState title="Nobody in the directory yet">
          <p>
            <a href={hrefFor('people', 'new-member')}>Add a person</a> or{' '}
            <a href={hrefFor('people', 'import')}>bring people in from a CSV file</a>.
          </p>
        </EmptyState>
      )}
      {members && agencies && members.length > 0 && (
        <>
          <div className="directory-controls no-print">
            <RadioGroup
              className="radio-group radio-group--inline"
              orientation="horizontal"
              value={view}
              onChange={(value) => setView(value === 'table' ? 'table' : 'cards')}
            >
              <Label className="field__label">Show as</Label>
              <Radio value="cards" className="radio">
                Cards
              </Radio>
              <Radio value="table" className="radio">
                Table
              </Radio>
            </RadioGroup>
            <DirectoryFilters filters={filters} onChange={setFilters} members={members} agencies={agencies} />
          </div>
          <p role="status" className="directory-count">
            Showing {shown.length} of{' '}
            {members.filter((m) => filters.includeLeft || m.status !== 'left').length}{' '}
            {shown.length === 1 ? 'person' : 'people'}
          </p>
          {view === 'cards' ? (
            <DirectoryCards members={shown} agencies={agencyMap} />
          ) : (
            <DirectoryTable members={shown} agencies={agencyMap} />
          )}
        </>
      )}
    </>
  );
}
