import { statusLine } from '../../../shared/folder/statusWords';
import { hrefFor } from '../../app/router/hashRoute';
import { useTeamFolder } from './useTeamFolder';

/** The team folder's status in the app's frame, linking to Share and receive; nothing when no folder is used. */
export function FolderStatusLine() {
  const folder = useTeamFolder();
  let text: string;
  let tone = 'waiting';
  switch (folder.phase) {
    case 'loading':
    case 'unsupported':
    case 'off':
      return null;
    case 'needsPassphrase':
      text = 'Type the team passphrase to go on using the team folder.';
      tone = 'problem';
      break;
    case 'needsPermission':
      text = 'Allow Joined Up to use the team folder again.';
      tone = 'problem';
      break;
    case 'running': {
      const line = folder.status ? statusLine(folder.status, folder.now) : null;
      text = folder.elsewhere
        ? 'Another Joined Up window looks after the team folder.'
        : (line?.text ?? 'Looking at the team folder…');
      tone = line?.tone ?? 'waiting';
      break;
    }
  }
  return (
    <p className={`app-folder-status folder-status--${tone}`}>
      <a href={hrefFor('sync')}>{text}</a>
    </p>
  );
}
