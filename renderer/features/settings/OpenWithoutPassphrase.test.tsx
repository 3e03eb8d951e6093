import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithTestTeam } from '../../../tests/factories/renderWithTestTeam';
import { useDesktopKeychain } from '../../../tests/factories/desktopKeychain';
import { addPcTeam } from '../../../tests/factories/pcTeam';
import { makeTestTeam, type TestTeam } from '../../../tests/factories/testTeam';
import { setAppApi } from '../../bridge/appApi';
import { getPcTeam } from '../../db/pcDb';
import { createRecord } from '../../db/writer';
import { OpenWithoutPassphrase } from './OpenWithoutPassphrase';
import { openInTestTeam } from '../../../tests/factories/screenSteps';

vi.setConfig({ testTimeout: 30_000 });

const LET = 'Let this PC open the team without the passphrase';

/** A test team that this PC lists, as when it was opened with its passphrase. */
async function teamOnThisPc(): Promise<TestTeam> {
  const team = await makeTestTeam();
  await addPcTeam({ id: team.teamId });
  return team;
}

async function asMember(team: TestTeam): Promise<TestTeam> {
  const id = await createRecord(team.ctx, 'members', {
    name: 'Jo Reed',
    profession: 'health-visitor',
    teamRole: 'member',
  });
  return { ...team, ctx: { ...team.ctx, person: { id, name: 'Jo Reed' } } };
}

afterEach(() => setAppApi(null));

describe('opening the team on this PC without the passphrase', () => {
  it('says what it means, and lets a leader turn it on and off again', async () => {
    useDesktopKeychain();
    const team = await teamOnThisPc();
    const user = await openInTestTeam(<OpenWithoutPassphrase />, team);

    expect(await screen.findByRole('heading', { name: 'Opening the team on this PC' })).toBeVisible();
    expect(screen.getByText(/Anyone who can log in to this PC with the same computer account/)).toBeVisible();
    expect(screen.getByText(/another account on this PC, cannot open the team/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: LET }));
    expect(await screen.findByRole('status')).toHaveTextContent('will open the team without the passphrase');
    expect((await getPcTeam(team.teamId))?.osProtectedKey).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Ask for the passphrase on this PC again' }));
    expect(await screen.findByText(/will ask for the team passphrase again/)).toBeVisible();
    expect((await getPcTeam(team.teamId))?.osProtectedKey).toBeUndefined();
  });

  it('shows others what this PC does, without the choice', async () => {
    useDesktopKeychain();
    const team = await asMember(await teamOnThisPc());
    await renderWithTestTeam(<OpenWithoutPassphrase />, team);
    expect(await screen.findByText('Only a team leader can change this.')).toBeVisible();
    expect(screen.queryByRole('button', { name: LET })).toBeNull();
  });
});
