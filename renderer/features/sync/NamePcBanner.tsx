import { useState } from 'react';
import { pcNameOf } from '../../../shared/api/settings';
import { PcNameForm } from '../../app/settings/PcNameForm';
import { useSettings } from '../../app/settings/useSettings';
import { Banner } from '../../ui/Banner';

/**
 * Asks once for the name of a PC that was set up before PCs were named. It sits on Share and receive, not in the
 * way of the work: the name only matters when files leave this PC, and they leave from here. Saving the name offered
 * keeps it, so the question never comes back; Settings can change it later.
 */
export function NamePcBanner() {
  const { settings } = useSettings();
  const [savedName, setSavedName] = useState<string | null>(null);
  if (savedName !== null) {
    return (
      <Banner tone="success" live>
        <p>This PC is now called “{savedName}”. You can change the name in Settings.</p>
      </Banner>
    );
  }
  if (settings.pcName !== null) return null;
  return (
    <Banner title="Name this PC">
      <PcNameForm id="banner-pc-name" submitLabel="Save this PC’s name" onSaved={setSavedName} firstTime>
        <p>
          Until it has a name of its own, colleagues see this PC as “{pcNameOf(settings)}” beside the changes
          made here. Keep that name or choose one they will recognise.
        </p>
      </PcNameForm>
    </Banner>
  );
}
