import { useContext } from 'react';
import { SettingsContext, type SettingsValue } from './SettingsContext';

export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings is used outside SettingsProvider.');
  return value;
}
