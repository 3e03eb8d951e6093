import { useMemo } from 'react';
import { hasRead, versionInForce } from '../../../../shared/charter/versions';
import { PROCEDURE_KIND_LABELS } from '../../../../shared/domain/charter';
import { hrefFor } from '../../../app/router/hashRoute';
import { usePerson } from '../../../app/team/usePerson';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { CharterNav } from '../CharterNav';

import { useLiveRows } from '../../../app/data/useLiveRows';
import { showDate, todayIso } from '../../../../shared/dates';
import { DataTable } from '../../../ui/DataTable';

/** The team's procedures and protocols: which version is in force, when each is due for review, and who has read it. */
export function ProceduresPage() {
  const person = usePerson();
  const procedures = useLiveRows('procedures');
  const versions = useLiveRows('procedureVersions');
  const reads = useLiveRows('procedureReads', { where: { index: 'memberId', equals: person?.id ?? '' } });
  const today = todayIso();
  const sorted = useMemo(
    () => [...(procedures ?? [])].sort((a, b) => a.title.localeCompare(b.title, 'en-GB')),
    [procedures],
  );

  return (
    <>
      <PageHeader
        title="Procedures"
        action={{ label: 'Write a new procedure', href: hrefFor('charter', 'new-procedure') }}
      />
      <CharterNav current="procedures" />
      <p className="charter-intro">
        How the team shares information, settles disagreements and allocates cases. Each procedure keeps every
        version, so anyone can see what changed, when and who agreed it.
      </p>
      {procedures && procedures.length === 0 && (
        <EmptyState title="No procedures yet">
          <p>
            Write the team’s information-sharing protocol first: every case’s sharing can then point to it.
          </p>
        </EmptyState>
      )}
      {sorted.length > 0 && versions && (
        <DataTable
          caption="The team’s procedures"
          captionHidden
          columns={['Procedure', 'Kind', 'In force', 'Review by', 'You']}
        >
          {sorted.map((procedure) => {
            const current = versionInForce(
              versions.filter((version) => version.procedureId === procedure.id),
            );
            const overdue = procedure.reviewDate !== null && procedure.reviewDate < today;
            const read = current && person ? hasRead(reads ?? [], current.id, person.id) : false;
            return (
              <tr key={procedure.id}>
                <th scope="row">
                  <a href={hrefFor('charter', 'procedure', procedure.id)}>{procedure.title}</a>
                </th>
                <td>{PROCEDURE_KIND_LABELS[procedure.kind]}</td>
                <td>{current ? `Version ${current.number}` : 'Not yet in force'}</td>
                <td>
                  {showDate(procedure.reviewDate, 'No date set')}{' '}
                  {overdue && <span className="tag tag--warning">Review overdue</span>}
                </td>
                <td>
                  {!current ? (
                    ''
                  ) : read ? (
                    <span className="tag tag--success">Read</span>
                  ) : (
                    <span className="tag tag--warning">Not read yet</span>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </>
  );
}
