import { SettingsProvider } from './settings/SettingsContext';
import { TeamProvider } from './team/TeamProvider';
import { FirstRun } from './firstRun/FirstRun';
import { ChoosePerson } from './team/ChoosePerson';
import { UnlockTeam } from './unlock/UnlockTeam';
import { Shell } from './Shell';
import { TeamFolderProvider } from '../features/folder/TeamFolderContext';

function Loading() {
  return (
    <p className="centered-page" role="status">
      Opening Joined Up…
    </p>
  );
}

export function App() {
  return (
    <SettingsProvider fallback={<Loading />}>
      <TeamProvider
        fallback={<Loading />}
        renderFirstRun={(props) => <FirstRun {...props} />}
        renderUnlock={(props) => <UnlockTeam {...props} />}
        renderChoosePerson={() => <ChoosePerson />}
      >
        <TeamFolderProvider>
          <Shell />
        </TeamFolderProvider>
      </TeamProvider>
    </SettingsProvider>
  );
}
