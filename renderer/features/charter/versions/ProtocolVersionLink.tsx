import { versionInForce } from '../../../../shared/charter/versions';
import { hrefFor } from '../../../app/router/hashRoute';
import { useRecord } from '../../../app/data/useRecord';
import { useLiveRows } from '../../../app/data/useLiveRows';

/**
 * Names the protocol version a case relies on, linking to that exact version; says so when a newer version has
 * come into force since, so the team can check the case still follows the current protocol.
 */
export function ProtocolVersionLink({ versionId }: { versionId: string | null }) {
  const version = useRecord('procedureVersions', versionId);
  const procedure = useRecord('procedures', version?.procedureId ?? null);
  const siblings = useLiveRows('procedureVersions', {
    where: { index: 'procedureId', equals: version?.procedureId ?? '' },
  });
  if (versionId === null) return <span>No protocol chosen</span>;
  if (version === undefined || procedure === undefined) return null;
  if (!version || !procedure) return <span>The protocol version chosen is no longer here</span>;
  const current = versionInForce(siblings ?? []);
  return (
    <span>
      <a href={hrefFor('charter', 'procedure', procedure.id, 'version', version.id)}>
        {procedure.title}, version {version.number}
      </a>
      {current && current.id !== version.id && (
        <>
          {' '}
          <span className="tag tag--warning">Version {current.number} is now in force</span>
        </>
      )}
    </span>
  );
}
