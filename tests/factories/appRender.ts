/**
 * For the sign-in tests: the app's providers as the app nests them (settings, the open team, the sign-in and lock
 * screens), around stand-in screens, on the team this PC last opened.
 */
import { createElement, type ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { SettingsProvider } from '../../renderer/app/settings/SettingsContext';
import { TeamProvider } from '../../renderer/app/team/TeamProvider';
import { SignIn } from '../../renderer/features/access/signIn/SignIn';

export function renderSignedInApp(screens: ReactElement): RenderResult {
  const loading = createElement('p', null, 'Loading');
  return render(
    createElement(SettingsProvider, {
      fallback: loading,
      children: createElement(TeamProvider, {
        fallback: loading,
        renderFirstRun: () => createElement('p', null, 'Welcome'),
        renderUnlock: () => createElement('p', null, 'Locked'),
        renderChoosePerson: () => createElement(SignIn),
        children: screens,
      }),
    }),
  );
}
