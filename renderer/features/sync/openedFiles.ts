/**
 * A file handed to the app from outside (double-clicked in the desktop app) waits here until the Share and
 * receive screen takes it. The listener is mounted once by the shell, so a file opened while the person is
 * elsewhere in the app is not lost.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { OpenedFile } from '../../../shared/api/appApi';
import { getAppApi } from '../../bridge/appApi';
import { navigate } from '../../app/router/hashRoute';

let pending: OpenedFile | null = null;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

export function offerFile(file: OpenedFile): void {
  pending = file;
  notify();
}

/** Takes the waiting file, so it is shown once. */
export function takeOfferedFile(): OpenedFile | null {
  const file = pending;
  pending = null;
  if (file) notify();
  return file;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The file waiting to be brought in, if any. */
export function useOfferedFile(): OpenedFile | null {
  return useSyncExternalStore(subscribe, () => pending);
}

/**
 * Listens for files opened from outside the app and goes to the Share and receive screen with them. While the app
 * is locked the file waits (moving the locked person's page would close what they were typing); once the PIN is
 * entered, the screen opens with it.
 */
export function useFilesOpenedFromOutside(locked = false): void {
  const waiting = useOfferedFile();
  useEffect(
    () =>
      getAppApi().system.onBundleOpened((file) => {
        offerFile(file);
        if (!locked) navigate('sync');
      }),
    [locked],
  );
  useEffect(() => {
    if (!locked && waiting) navigate('sync');
  }, [locked, waiting]);
}
