import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithTestTeam } from '../../../../tests/factories/renderWithTestTeam';
import { makeTestTeam } from '../../../../tests/factories/testTeam';
import { createRecord } from '../../../db/writer';
import { SessionPage } from './SessionPage';
import { createSession } from './sessionCommands';
import { openInTestTeam } from '../../../../tests/factories/screenSteps';

// The machine running tests may be busy: give live database reads time to arrive.
configure({ asyncUtilTimeout: 5000 });

async function sessionForCase() {
  const team = await makeTestTeam();
  const caseId = await createRecord(team.ctx, 'cases', {
    reference: 'JU-0042',
    displayName: 'Child Q.',
    columnId: team.columnIds[0] ?? '',
    openedAt: '2026-01-05',
  });
  const sessionId = await createSession(team.ctx, {
    date: '2026-05-04',
    title: 'Looking back on a case',
    facilitatorId: team.ctx.person.id,
    templateKind: 'case',
    templateId: null,
    caseId,
    procedureId: null,
    prompts: [{ text: 'The story so far', guidance: '', minutes: 10 }],
  });
  return { team, sessionId };
}

describe('a session page', () => {
  it('shows a case reflection’s case by its reference only', async () => {
    const { team, sessionId } = await sessionForCase();
    await renderWithTestTeam(<SessionPage sessionId={sessionId} />, team);
    expect(await screen.findByText('JU-0042')).toBeInTheDocument();
    expect(screen.queryByText(/Child Q\./)).toBeNull();
  }, 20_000);

  it('marks attendance from the directory and then offers the training record', async () => {
    const { team, sessionId } = await sessionForCase();
    const user = await openInTestTeam(<SessionPage sessionId={sessionId} />, team);
    expect(screen.queryByRole('link', { name: 'Add to my training record' })).toBeNull();
    const row = await screen.findByRole('radiogroup', { name: team.ctx.person.name });
    await user.click(within(row).getByRole('radio', { name: 'Sent apologies' }));
    expect(await screen.findByText('0 attended, 1 sent apologies.')).toBeInTheDocument();
    await user.click(within(row).getByRole('radio', { name: 'Attended' }));
    expect(await screen.findByText('1 attended, 0 sent apologies.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Add to my training record' })).toHaveAttribute(
      'href',
      `#/training/new?fromSession=${sessionId}`,
    );
    // Changing someone's mark reuses their row instead of adding another.
    expect(await team.db.rows('sessionAttendance').count()).toBe(1);
  }, 20_000);

  it('changes the session’s title and date', async () => {
    const { team, sessionId } = await sessionForCase();
    const user = await openInTestTeam(<SessionPage sessionId={sessionId} />, team);
    await user.click(await screen.findByRole('button', { name: 'Change details' }));
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter a title for the session.');
    await user.type(screen.getByLabelText('Title'), 'May case reflection');
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    expect(await screen.findByText('Session details saved.')).toBeInTheDocument();
    await waitFor(async () =>
      expect((await team.db.rows('reflectionSessions').get(sessionId))?.title).toBe('May case reflection'),
    );
  }, 20_000);
});
