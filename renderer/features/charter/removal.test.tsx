import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithTestTeam } from '../../../tests/factories/renderWithTestTeam';
import { commitmentFields, recordedTargetFields } from '../../../tests/factories/charter';
import { daysFromToday } from '../../../tests/factories/records';
import { makeTestTeam, type TestTeam } from '../../../tests/factories/testTeam';
import { restoreDeleted } from '../../db/recentlyDeleted';
import { createRecord } from '../../db/writer';
import { addReading, createAim, createTarget } from './aims/aimCommands';
import { AimPage } from './aims/AimPage';
import { AimsPage } from './aims/AimsPage';
import { createCommitment } from './commitments/commitmentCommands';
import { CommitmentPage } from './commitments/CommitmentPage';
import { TargetPage } from './aims/TargetPage';
import { openInTestTeam } from '../../../tests/factories/screenSteps';

async function liveIds(team: TestTeam, table: 'charterAims' | 'charterTargets' | 'targetReadings') {
  const rows = await team.db.rows(table).toArray();
  return rows.filter((row) => !row.deleted).map((row) => row.id);
}

describe('removing parts of the charter', { timeout: 20_000 }, () => {
  let team: TestTeam;
  let aimId: string;

  beforeEach(async () => {
    team = await makeTestTeam();
    aimId = await createAim(team.ctx, { title: 'Families get help early' });
    window.location.hash = `#/charter/aim/${aimId}`;
  });

  it('asks before removing an aim, and Cancel leaves the aim and its targets as they were', async () => {
    await createTarget(team.ctx, recordedTargetFields(aimId));
    const user = await openInTestTeam(<AimPage aimId={aimId} />, team);
    await user.click(await screen.findByRole('button', { name: 'Remove this aim' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Remove this aim?' });
    expect(dialog).toHaveTextContent(
      '“Families get help early” and its target will be taken off the charter',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(await liveIds(team, 'charterAims')).toEqual([aimId]);
    expect(await liveIds(team, 'charterTargets')).toHaveLength(1);
  });

  it('removes an aim with its targets, returns to the charter, and bringing the aim back brings its targets too', async () => {
    const targetId = await createTarget(team.ctx, recordedTargetFields(aimId));
    const user = userEvent.setup();
    const { unmount } = await renderWithTestTeam(<AimPage aimId={aimId} />, team);
    await user.click(await screen.findByRole('button', { name: 'Remove this aim' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent(
      'Bringing the aim back from Recently deleted in Settings brings its target back too.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Remove this aim' }));

    await waitFor(() => expect(window.location.hash).toBe('#/charter'));
    unmount();
    const { unmount: leaveTarget } = await renderWithTestTeam(<TargetPage targetId={targetId} />, team);
    expect(await screen.findByRole('heading', { level: 1, name: 'Target not found' })).toBeInTheDocument();
    leaveTarget();
    const charter = await renderWithTestTeam(<AimsPage />, team);
    expect(await screen.findByText('No joint aims yet')).toBeInTheDocument();
    expect(screen.queryByText('Shadowing days')).not.toBeInTheDocument();

    await restoreDeleted(team.ctx, { table: 'charterAims', id: aimId });
    expect(await screen.findByRole('link', { name: 'Shadowing days' })).toBeInTheDocument();
    charter.unmount();
  });

  it('removes a target and returns to its aim, which keeps its other targets', async () => {
    const goingId = await createTarget(team.ctx, recordedTargetFields(aimId));
    const stayingId = await createTarget(
      team.ctx,
      recordedTargetFields(aimId, { description: 'Joint visits' }),
    );
    const user = await openInTestTeam(<TargetPage targetId={goingId} />, team);
    await user.click(await screen.findByRole('button', { name: 'Remove this target' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove this target?' });
    expect(dialog).toHaveTextContent('“Shadowing days” will be taken off the charter for everyone');
    await user.click(within(dialog).getByRole('button', { name: 'Remove this target' }));

    await waitFor(() => expect(window.location.hash).toBe(`#/charter/aim/${aimId}`));
    expect(await liveIds(team, 'charterTargets')).toEqual([stayingId]);
    expect(await liveIds(team, 'charterAims')).toEqual([aimId]);
  });

  it('removes a value recorded by mistake, says so, and the target no longer counts it', async () => {
    const targetId = await createTarget(team.ctx, recordedTargetFields(aimId));
    await addReading(team.ctx, { targetId, date: daysFromToday(-30), value: 4 });
    const mistakeId = await addReading(team.ctx, { targetId, date: daysFromToday(-2), value: 40 });
    const user = await openInTestTeam(<TargetPage targetId={targetId} />, team);
    expect(await screen.findByText('40', { selector: 'dd' })).toBeInTheDocument();

    const values = screen.getByRole('table', { name: /Values recorded for this target/ });
    const newest = within(values).getAllByRole('row')[1];
    if (!newest) throw new Error('No recorded values shown');
    await user.click(within(newest).getByRole('button', { name: /^Remove the value for / }));

    expect(await screen.findByRole('status')).toHaveTextContent(/The value for .* is removed/);
    await waitFor(() => expect(screen.getByText('4', { selector: 'dd' })).toBeInTheDocument());
    expect(screen.getByRole('heading', { name: 'Values recorded' })).toHaveFocus();
    expect(await liveIds(team, 'targetReadings')).not.toContain(mistakeId);
  });

  it('asks before removing a commitment, and takes it off once confirmed', async () => {
    const agencyId = await createRecord(team.ctx, 'agencies', { name: 'Community Health', type: 'health' });
    const commitmentId = await createCommitment(team.ctx, commitmentFields(agencyId));
    const user = await openInTestTeam(<CommitmentPage commitmentId={commitmentId} />, team);
    await user.click(await screen.findByRole('button', { name: 'Remove this commitment' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove this commitment?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove this commitment' }));

    await waitFor(() => expect(window.location.hash).toBe('#/charter/commitments'));
    expect((await team.db.rows('agencyCommitments').get(commitmentId))?.deleted).toBe(true);
  });
});
