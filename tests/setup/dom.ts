// Component tests run on a real (in-memory) IndexedDB and clean the DOM between tests.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A page that reads the database first shows nothing; on a two-core machine running several test workers its first
// rows can take longer than Testing Library's one second to appear (seen on the procedure page). Waiting up to five
// seconds for what a person would see changes no assertion, only how long a correct page may take to show it.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
