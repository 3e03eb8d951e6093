import { Banner } from '../../ui/Banner';
import { FolderPassphraseForm } from './FolderPassphraseForm';
import { FolderRunningView } from './FolderRunningView';
import { FolderSetupForm } from './FolderSetupForm';
import { useTeamFolder } from './useTeamFolder';

/** Share and receive → Team folder: choose it, see where this PC stands, or stop. */
export function TeamFolderPanel() {
  const folder = useTeamFolder();
  switch (folder.phase) {
    case 'loading':
      return <p>Loading…</p>;
    case 'unsupported':
      return (
        <Banner tone="info">
          <p>{folder.unsupportedReason}</p>
          <p>Saved files, below, work in every browser.</p>
        </Banner>
      );
    case 'off':
      return <FolderSetupForm />;
    case 'needsPassphrase':
      return (
        <FolderPassphraseForm
          reason={`Type the team passphrase to go on using the team folder “${folder.folderName ?? ''}” on this PC.`}
          submitLabel="Use the team folder"
        />
      );
    case 'needsPermission':
      return (
        <div className="sync-form">
          <p>This browser asks before Joined Up uses the team folder “{folder.folderName}” again.</p>
          <button type="button" className="button" onClick={() => void folder.allow()}>
            Allow Joined Up to use the folder
          </button>
        </div>
      );
    case 'running':
      return <FolderRunningView />;
  }
}
