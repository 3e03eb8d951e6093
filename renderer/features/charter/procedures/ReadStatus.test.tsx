import { configure, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeProcedureVersion } from '../../../../tests/factories/charter';
import { makeTestTeam, type TestTeam } from '../../../../tests/factories/testTeam';
import { ReadStatus } from './ReadStatus';
import { openInTestTeam } from '../../../../tests/factories/screenSteps';

// The database refusing, as IndexedDB does when the disk is full or another tab holds an upgrade.
vi.mock('./procedureCommands', () => ({
  markRead: () =>
    Promise.reject(
      new Error('QuotaExceededError: The operation failed for reasons unrelated to the database itself.'),
    ),
}));

configure({ asyncUtilTimeout: 8000 });

let team: TestTeam;
beforeEach(async () => {
  team = await makeTestTeam({ personName: 'Alex Morgan' });
});
afterEach(() => team.db.close());

describe('recording that a procedure was read', () => {
  it('says in plain words that it was not saved when the database refuses, never the database’s own words', async () => {
    const user = await openInTestTeam(<ReadStatus version={makeProcedureVersion({ number: 2 })} />, team, {
      delay: null,
    });
    await user.click(await screen.findByRole('button', { name: 'I have read version 2' }));
    expect(await screen.findByText('This could not be saved. Please try again.')).toBeVisible();
    expect(screen.queryByText(/QuotaExceededError/)).not.toBeInTheDocument();
  });
});
