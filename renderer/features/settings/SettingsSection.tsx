import { useEffect, useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import type { AppInfo } from '../../../shared/api/appApi';
import { IDLE_LOCK_MINUTES, themeSchema, type Theme } from '../../../shared/api/settings';
import type { SectionProps } from '../../app/router/sectionProps';
import { PcNameForm } from '../../app/settings/PcNameForm';
import { useSettings } from '../../app/settings/useSettings';
import { getAppApi } from '../../bridge/appApi';
import { Banner } from '../../ui/Banner';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/forms/TextField';
import { AccessLinks, AccessPage, isAccessPage } from '../access/AccessPages';
import { OpenWithoutPassphrase } from './OpenWithoutPassphrase';
import './settings.css';
import { SummaryList, SummaryRow } from '../../ui/SummaryList';

const THEME_LABELS: Record<Theme, string> = {
  system: 'Same as this computer',
  light: 'Light',
  dark: 'Dark',
  'high-contrast': 'High contrast',
};

export function SettingsSection({ route }: SectionProps) {
  const page = route[0];
  return isAccessPage(page) ? <AccessPage page={page} /> : <SettingsPage />;
}

function SettingsPage() {
  const { settings, update } = useSettings();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [minutes, setMinutes] = useState(String(settings.idleLockMinutes));
  const [minutesError, setMinutesError] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    void getAppApi().info().then(setInfo);
  }, []);

  const saveMinutes = async () => {
    const value = Number(minutes);
    if (!Number.isInteger(value) || value < IDLE_LOCK_MINUTES.min || value > IDLE_LOCK_MINUTES.max) {
      setMinutesError(
        `Enter a whole number of minutes from ${IDLE_LOCK_MINUTES.min} to ${IDLE_LOCK_MINUTES.max}.`,
      );
      setSaved(null);
      return;
    }
    setMinutesError(undefined);
    await update({ idleLockMinutes: value });
    setSaved(`The screen will now lock after ${value} ${value === 1 ? 'minute' : 'minutes'} without use.`);
  };

  return (
    <>
      <PageHeader title="Settings" />
      {saved && (
        <Banner tone="success" live>
          {saved}
        </Banner>
      )}
      <section aria-labelledby="appearance-heading" className="settings-block">
        <h2 id="appearance-heading">Appearance</h2>
        <RadioGroup
          className="radio-group"
          value={settings.theme}
          onChange={(value) => {
            const theme = themeSchema.parse(value);
            void update({ theme }).then(() =>
              setSaved(`Colours set to ${THEME_LABELS[theme].toLowerCase()}.`),
            );
          }}
        >
          <Label className="field__label">Colours</Label>
          {themeSchema.options.map((theme) => (
            <Radio key={theme} value={theme} className="radio">
              {THEME_LABELS[theme]}
            </Radio>
          ))}
        </RadioGroup>
      </section>
      <section aria-labelledby="pc-name-heading" className="settings-block">
        <h2 id="pc-name-heading">This PC’s name</h2>
        <PcNameForm
          id="settings-pc-name"
          submitLabel="Save the name"
          onSaved={(name) =>
            setSaved(
              `This PC is now called “${name}”. Colleagues see the new name with the next changes sent from here.`,
            )
          }
        />
      </section>
      <section aria-labelledby="lock-heading" className="settings-block">
        <h2 id="lock-heading">Locking the screen</h2>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void saveMinutes();
          }}
        >
          <TextField
            id="idle-minutes"
            label="Lock the screen after this many minutes without use"
            hint="On a shared PC, a short time keeps children’s details from the next person at the desk."
            type="number"
            inputMode="numeric"
            min={IDLE_LOCK_MINUTES.min}
            max={IDLE_LOCK_MINUTES.max}
            value={minutes}
            onChange={setMinutes}
            error={minutesError}
          />
          <button type="submit" className="button">
            Save locking time
          </button>
        </form>
      </section>
      <OpenWithoutPassphrase />
      <AccessLinks />
      <section aria-labelledby="about-heading" className="settings-block">
        <h2 id="about-heading">About this copy of Joined Up</h2>
        {info && (
          <SummaryList>
            <SummaryRow term="Version">{info.version}</SummaryRow>
            <SummaryRow term="Running as">
              {info.shell === 'desktop' ? 'Desktop app' : 'In a web browser'}
            </SummaryRow>
            <SummaryRow term="This PC’s number in shared files">
              <code>{info.deviceId}</code>
            </SummaryRow>
          </SummaryList>
        )}
      </section>
    </>
  );
}
