import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { updateRecord } from '../../db/writer';
import { renderWithTestTeam } from '../../../tests/factories/renderWithTestTeam';
import { makeTestTeam } from '../../../tests/factories/testTeam';
import { ClockWarning } from './ClockWarning';
import { bringInNowSentences, heldBackSentences } from './describeClocks';

const YEAR = 365 * 24 * 60 * 60 * 1000;

describe('plain words about a PC whose clock is ahead', () => {
  it('name the PC by its person, say how far ahead, and what happens to the file', () => {
    const now = Date.UTC(2026, 5, 1, 9);
    const [first, second, third] = heldBackSentences(
      { deviceId: 'pc-7f3a', personName: 'Ana Silva', wallTime: now + 3 * YEAR },
      now,
    );
    expect(first).toMatch(/^The PC used by Ana Silva has its clock about 3 years ahead of this PC’s/);
    expect(second).toMatch(/brought in by itself once this PC’s clock reaches that time/);
    expect(third).toBe('Ask Ana Silva to check the date and time on that PC, then save a new file there.');
  });

  it('name a PC nobody here knows by its id, never by anything it inherits', () => {
    const [first] = heldBackSentences({ deviceId: 'toString', personName: null, wallTime: 2 * YEAR }, 0);
    expect(first).toMatch(/^The PC “toString” has its clock about 2 years ahead/);
    expect(first).not.toMatch(/function/);
  });

  it('tell a team leader what bringing it in now does to this PC’s clock', () => {
    const [, effect] = bringInNowSentences({ deviceId: 'pc-7f3a', personName: 'Ana Silva', wallTime: 0 });
    expect(effect).toMatch(
      /This PC’s clock will move forward to .*: changes made here will be dated from then on/,
    );
  });
});

describe('this PC’s own clock', () => {
  it('is said once to be wrong when it is behind the newest change this PC holds, until closed', async () => {
    const team = await makeTestTeam({ readWallClock: () => Date.now() + 3 * 24 * 60 * 60 * 1000 });
    await updateRecord(team.ctx, 'team', team.teamId, { name: 'Renamed' });
    await renderWithTestTeam(<ClockWarning />, team);
    expect(await screen.findByText('This PC’s clock seems to be wrong')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Close this message' }));
    expect(screen.queryByText('This PC’s clock seems to be wrong')).not.toBeInTheDocument();
  });
});
