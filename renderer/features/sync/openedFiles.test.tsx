import { afterEach, describe, expect, it } from 'vitest';
import { act, render } from '@testing-library/react';
import type { AppApi, OpenedFile } from '../../../shared/api/appApi';
import { createWebApi } from '../../bridge/webApi';
import { setAppApi } from '../../bridge/appApi';
import { takeOfferedFile, useFilesOpenedFromOutside } from './openedFiles';

let handOver: (file: OpenedFile) => void = () => undefined;

function apiWithBundles(): AppApi {
  const web = createWebApi(window.localStorage);
  return {
    ...web,
    system: {
      ...web.system,
      onBundleOpened: (listener) => {
        handOver = listener;
        return () => {
          handOver = () => undefined;
        };
      },
    },
  };
}

function Listener({ locked }: { locked: boolean }) {
  useFilesOpenedFromOutside(locked);
  return null;
}

afterEach(() => {
  setAppApi(null);
  takeOfferedFile();
});

describe('a team file double-clicked outside the app', () => {
  it('goes straight to Share and receive with the file when someone is working', () => {
    setAppApi(apiWithBundles());
    window.location.hash = '#/board';
    render(<Listener locked={false} />);
    act(() => handOver({ name: 'weekly.joinedup', bytes: new Uint8Array([1]) }));
    expect(window.location.hash).toBe('#/sync');
  });

  it('waits behind the lock screen, leaving the locked person’s page alone, and opens once the PIN is entered', () => {
    setAppApi(apiWithBundles());
    window.location.hash = '#/board/new';
    const view = render(<Listener locked />);
    act(() => handOver({ name: 'weekly.joinedup', bytes: new Uint8Array([1]) }));
    expect(window.location.hash).toBe('#/board/new');
    view.rerender(<Listener locked={false} />);
    expect(window.location.hash).toBe('#/sync');
    expect(takeOfferedFile()?.name).toBe('weekly.joinedup');
  });
});
