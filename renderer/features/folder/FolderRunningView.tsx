import { useState } from 'react';
import { AREA_LABELS } from '../../../shared/domain/tableDef';
import type { FolderTrouble } from '../../../shared/folder/status';
import { ago, quietLine, statusLine, troubleWords } from '../../../shared/folder/statusWords';
import { Banner } from '../../ui/Banner';
import { AskFirstButton } from '../../ui/AskFirstButton';
import { FolderPassphraseForm } from './FolderPassphraseForm';
import { useTeamFolder } from './useTeamFolder';

function TroubleBanner({ trouble }: { trouble: FolderTrouble }) {
  const folder = useTeamFolder();
  if (trouble.kind === 'wrongKey') {
    return (
      <Banner tone="warning" title="A passphrase is needed">
        <FolderPassphraseForm reason={troubleWords(trouble)} submitLabel="Use this passphrase" />
      </Banner>
    );
  }
  return (
    <Banner tone={trouble.kind === 'otherTeam' ? 'info' : 'warning'}>
      <p>{troubleWords(trouble)}</p>
      {trouble.kind === 'otherTeam' && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void folder.dismissOtherTeam()}
        >
          Close this message
        </button>
      )}
      {trouble.kind === 'denied' && (
        <button type="button" className="button" onClick={() => void folder.allow()}>
          Allow Joined Up to use the folder
        </button>
      )}
    </Banner>
  );
}

/** The team folder at work: where it is, what this PC shares, where it stands with each other PC, and stopping. */
export function FolderRunningView() {
  const folder = useTeamFolder();
  const [checking, setChecking] = useState(false);
  const { status, now } = folder;
  const line = status ? statusLine(status, now) : null;
  const quiet = status ? quietLine(status) : null;

  return (
    <>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Folder</dt>
          <dd>{folder.folderName}</dd>
        </div>
        <div className="summary-list__row">
          <dt>This PC</dt>
          <dd>{folder.pcName}</dd>
        </div>
        <div className="summary-list__row">
          <dt>What it puts there</dt>
          <dd>{folder.scope.map((area) => AREA_LABELS[area]).join(', ')}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Team passphrase</dt>
          <dd>
            {folder.keeping === 'protected'
              ? 'Remembered, kept safe by this computer’s protected storage'
              : 'Remembered until Joined Up is closed'}
          </dd>
        </div>
      </dl>
      {folder.elsewhere ? (
        <p className="folder-status">Another Joined Up window on this PC is looking after the team folder.</p>
      ) : (
        <p className={`folder-status folder-status--${line?.tone ?? 'waiting'}`}>
          {line?.text ?? 'Looking at the team folder…'}
        </p>
      )}
      {status?.troubles.map((trouble) => (
        <TroubleBanner key={trouble.kind} trouble={trouble} />
      ))}
      {quiet && (
        <Banner tone="info" title="PCs left behind">
          <p>{quiet} Check with their people that they still use the folder.</p>
        </Banner>
      )}
      {status && status.peers.length > 0 && (
        <table className="data-table">
          <caption>Other PCs using the folder</caption>
          <thead>
            <tr>
              <th scope="col">PC</th>
              <th scope="col">Used by</th>
              <th scope="col">Last heard from</th>
              <th scope="col">Up to date</th>
            </tr>
          </thead>
          <tbody>
            {status.peers.map((peer) => (
              <tr key={peer.deviceId}>
                <th scope="row">{peer.pcName}</th>
                <td>{peer.personName ?? 'Not known yet'}</td>
                <td>{peer.lastHeardAt === null ? 'Not yet' : ago(peer.lastHeardAt, now)}</td>
                <td>{peer.inStep ? 'Yes' : 'Not yet'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          disabled={checking}
          onClick={() => {
            setChecking(true);
            void folder.checkNow().finally(() => setChecking(false));
          }}
        >
          {checking ? 'Looking…' : 'Look at the folder now'}
        </button>
        <AskFirstButton
          label="Stop using this folder"
          className="button button--warning"
          question="Stop using the team folder on this PC?"
          confirmLabel="Stop using the folder"
          onConfirm={() => void folder.stop()}
        >
          <p>
            This PC will no longer leave its changes in “{folder.folderName}” or bring in the others’, and
            forgets the passphrase it kept for it. Its files stay in the folder for the other PCs. You can
            still share work with saved files.
          </p>
        </AskFirstButton>
      </div>
    </>
  );
}
