import { configure, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addBoardCase } from '../../../../tests/factories/boardCases';
import { makeTestTeam, type TestTeam } from '../../../../tests/factories/testTeam';
import { NewCasePage } from './NewCasePage';
import { openInTestTeam, retype } from '../../../../tests/factories/screenSteps';

configure({ asyncUtilTimeout: 8000 });

let team: TestTeam;
beforeEach(async () => {
  team = await makeTestTeam({ personName: 'Alex Morgan' });
  window.location.hash = '#/board/new';
});
afterEach(() => team.db.close());

/** Opens the new case page in a team whose board already holds a case with `reference`. */
async function openBesideCase(reference: string) {
  await addBoardCase(team.ctx, { reference, displayName: 'Child A.', columnId: team.columnIds[0] ?? '' });
  return openInTestTeam(<NewCasePage />, team, { delay: null });
}

describe('opening a new case', { timeout: 30_000 }, () => {
  it('suggests the next free reference and opens the case on its page', async () => {
    const user = await openBesideCase('JU-0041');
    expect(await screen.findByLabelText('Reference')).toHaveValue('JU-0042');
    expect(screen.getByLabelText('Lead professional')).toHaveValue(team.ctx.person.id);
    await user.type(screen.getByLabelText('Name on the board'), 'Child B.');
    await user.click(await screen.findByRole('checkbox', { name: 'Nurtured' }));
    await user.click(screen.getByRole('button', { name: 'Open the case' }));
    await expect.poll(() => window.location.hash, { timeout: 8000 }).toMatch(/^#\/board\/case\//);
    const created = (await team.db.rows('cases').toArray()).find((row) => row.reference === 'JU-0042');
    expect(created).toMatchObject({
      displayName: 'Child B.',
      concerns: ['nurtured'],
      columnId: team.columnIds[0],
    });
  });

  it('says plainly when the reference is taken, keeping everything typed', async () => {
    const user = await openBesideCase('JU-0001');
    const reference = await screen.findByLabelText('Reference');
    await retype(user, reference, 'ju-0001');
    await user.type(screen.getByLabelText('Name on the board'), 'Child C.');
    await user.click(screen.getByRole('button', { name: 'Open the case' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Another case already has the reference ju-0001');
    // The summary takes focus just after it shows, as a person sees it a moment later.
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByLabelText('Name on the board')).toHaveValue('Child C.');
    expect(window.location.hash).toBe('#/board/new');
  });
});
