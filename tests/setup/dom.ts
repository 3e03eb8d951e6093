// Component tests run on a real (in-memory) IndexedDB and clean the DOM between tests. Every team database is
// locked on disk as in the app; a team nobody unlocked gets a key of its own, so tests need not unlock each one.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { provideMissingKeys } from '../../renderer/db/keys/heldKeys';
import { newKey } from '../../shared/keys/sealed';

const testKeys = new Map<string, Uint8Array>();
provideMissingKeys((teamId) => {
  const key = testKeys.get(teamId) ?? newKey();
  testKeys.set(teamId, key);
  // A copy: dropping a held key overwrites its bytes, and the team's next opening needs the same key again.
  return { key: key.slice(), passphrase: null };
});

// A page that reads the database first shows nothing; on a two-core machine running several test workers its first
// rows can take longer than Testing Library's one second to appear (seen on the procedure page). Waiting up to five
// seconds for what a person would see changes no assertion, only how long a correct page may take to show it.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
