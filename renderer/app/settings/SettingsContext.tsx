import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Settings, SettingsPatch } from '../../../shared/api/settings';
import { getAppApi } from '../../bridge/appApi';

export interface SettingsValue {
  settings: Settings;
  /** Plain words about a settings file that had to be replaced; shown once, until dismissed. */
  notice: string | null;
  dismissNotice: () => void;
  update: (patch: SettingsPatch) => Promise<void>;
}

export const SettingsContext = createContext<SettingsValue | null>(null);

/** Loads this PC's settings through the app API and applies the theme to the page. */
export function SettingsProvider({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    getAppApi()
      .settings.get()
      .then((snapshot) => {
        setSettings(snapshot.settings);
        setNotice(snapshot.notice);
      })
      .catch(() => setFailure('This PC’s settings could not be opened. Close the app and open it again.'));
  }, []);

  useEffect(() => {
    if (settings) document.documentElement.dataset.theme = settings.theme;
  }, [settings]);

  const update = useCallback(async (patch: SettingsPatch) => {
    setSettings(await getAppApi().settings.set(patch));
  }, []);

  const value = useMemo(
    () => (settings ? { settings, notice, dismissNotice: () => setNotice(null), update } : null),
    [settings, notice, update],
  );

  if (failure) return <p role="alert">{failure}</p>;
  if (!value) return <>{fallback}</>;
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}
