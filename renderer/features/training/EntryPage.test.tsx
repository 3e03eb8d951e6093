import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestTeam, type TestTeam } from '../../../tests/factories/testTeam';
import { createRecord } from '../../db/writer';
import { EntryPage } from './EntryPage';
import { openInTestTeam } from '../../../tests/factories/screenSteps';

describe('removing a training from the log', { timeout: 20_000 }, () => {
  let team: TestTeam;
  let entryId: string;

  beforeEach(async () => {
    team = await makeTestTeam();
    entryId = await createRecord(team.ctx, 'trainingEntries', {
      title: 'Joint neglect course',
      type: 'joint',
      date: '2026-03-02',
      hours: 6,
      participatoryHours: 2,
    });
    window.location.hash = `#/training/entry/${entryId}`;
  });

  afterEach(() => team.db.close());

  it('asks first, and Cancel keeps the training in the log', async () => {
    const user = await openInTestTeam(<EntryPage entryId={entryId} />, team);
    await user.click(await screen.findByRole('button', { name: 'Remove from the log' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove this training from the log?' });
    expect(dialog).toHaveTextContent('“Joint neglect course” will be taken off the training log');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect((await team.db.rows('trainingEntries').get(entryId))?.deleted).toBe(false);
    expect(window.location.hash).toBe(`#/training/entry/${entryId}`);
  });

  it('takes the training off the log once confirmed and goes back to the log', async () => {
    const user = await openInTestTeam(<EntryPage entryId={entryId} />, team);
    await user.click(await screen.findByRole('button', { name: 'Remove from the log' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Remove from the log' }));

    await waitFor(() => expect(window.location.hash).toBe('#/training'));
    expect((await team.db.rows('trainingEntries').get(entryId))?.deleted).toBe(true);
  });
});
