import { shownStatus, versionsNewestFirst } from '../../../../shared/charter/versions';
import { VERSION_STATUS_LABELS, type ProcedureVersion } from '../../../../shared/domain/charter';
import { hrefFor } from '../../../app/router/hashRoute';
import { showDateTime } from '../../../../shared/dates';
import { DataTable } from '../../../ui/DataTable';

const STATUS_CLASS = { draft: 'tag', 'in-force': 'tag tag--success', superseded: 'tag' } as const;

/** Every version of a procedure, newest first; each one stays readable, with a link to compare it to the one before. */
export function VersionList({
  procedureId,
  versions,
  names,
}: {
  procedureId: string;
  versions: readonly ProcedureVersion[];
  names: ReadonlyMap<string, string>;
}) {
  const list = versionsNewestFirst(versions);
  return (
    <DataTable
      caption="Every version, newest first"
      captionHidden
      columns={['Version', 'Status', 'What changed', 'Published', 'Read or compare']}
    >
      {list.map((version, index) => {
        const status = shownStatus(version, versions);
        const previous = list[index + 1];
        return (
          <tr key={version.id}>
            <th scope="row">Version {version.number}</th>
            <td>
              <span className={STATUS_CLASS[status]}>{VERSION_STATUS_LABELS[status]}</span>
            </td>
            <td className="preserve-lines">{version.changeSummary || 'No summary given'}</td>
            <td>
              {version.publishedAt
                ? `${showDateTime(version.publishedAt)} by ${names.get(version.publishedBy ?? '') ?? 'someone no longer listed'}`
                : 'Not published'}
            </td>
            <td>
              <a href={hrefFor('charter', 'procedure', procedureId, 'version', version.id)}>
                {version.status === 'draft' ? 'Edit' : 'Read'} version {version.number}
              </a>
              {previous && (
                <>
                  {' · '}
                  <a href={hrefFor('charter', 'procedure', procedureId, 'compare', previous.id, version.id)}>
                    Compare with version {previous.number}
                  </a>
                </>
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
