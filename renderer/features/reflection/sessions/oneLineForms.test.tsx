import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithTestTeam } from '../../../../tests/factories/renderWithTestTeam';
import { makeTestTeam, type TestTeam } from '../../../../tests/factories/testTeam';
import { daysFromToday } from '../../../../tests/factories/records';
import { AgendaEditor } from './AgendaEditor';
import { DecisionsPanel } from './DecisionsPanel';
import { QuickActionForm } from './QuickActionForm';
import { createSession } from './sessionCommands';

/** Two presses of Enter before the first save has finished, as on a slow PC or with a bouncy key. */
function submitTwice(form: HTMLElement): void {
  fireEvent.submit(form);
  fireEvent.submit(form);
}

async function liveCount(
  team: TestTeam,
  table: 'actions' | 'sessionDecisions' | 'sessionNotes',
  sessionId: string,
) {
  const rows = await team.db.rows(table).where('sessionId').equals(sessionId).toArray();
  return rows.filter((row) => !row.deleted).length;
}

describe('the one-line forms of a reflection session', { timeout: 20_000 }, () => {
  let team: TestTeam;
  let sessionId: string;

  beforeEach(async () => {
    team = await makeTestTeam();
    sessionId = await createSession(team.ctx, {
      date: '2026-04-06',
      title: 'April',
      facilitatorId: team.ctx.person.id,
      templateKind: 'gibbs',
      templateId: null,
      caseId: null,
      procedureId: null,
      prompts: [],
    });
  });

  it('adds an action once when Enter is pressed twice in quick succession', async () => {
    await renderWithTestTeam(<QuickActionForm sessionId={sessionId} inputRef={createRef()} />, team);
    fireEvent.change(screen.getByLabelText(/New action/), { target: { value: 'Ask the school nurse' } });
    submitTwice(screen.getByRole('form', { name: 'Add an action' }));

    await waitFor(() => expect(screen.getByLabelText(/New action/)).toHaveValue(''));
    expect(await liveCount(team, 'actions', sessionId)).toBe(1);
  });

  it('asks before saving an action due on a day that has passed, and saves nothing when told no', async () => {
    await renderWithTestTeam(<QuickActionForm sessionId={sessionId} inputRef={createRef()} />, team);
    fireEvent.change(screen.getByLabelText(/New action/), { target: { value: 'Ask the school nurse' } });
    fireEvent.change(screen.getByLabelText('Due'), { target: { value: daysFromToday(-2) } });
    fireEvent.submit(screen.getByRole('form', { name: 'Add an action' }));
    expect(screen.getByRole('group', { name: /This date has passed\. Save it anyway\?/ })).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'No, change the date' }));
    expect(screen.getByLabelText('Due')).toHaveFocus();
    expect(await liveCount(team, 'actions', sessionId)).toBe(0);

    fireEvent.submit(screen.getByRole('form', { name: 'Add an action' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Yes, save it' }));
    await waitFor(() => expect(screen.getByLabelText(/New action/)).toHaveValue(''));
    expect(await liveCount(team, 'actions', sessionId)).toBe(1);
  });

  it('records a decision once when Enter is pressed twice in quick succession', async () => {
    const { container } = await renderWithTestTeam(
      <DecisionsPanel sessionId={sessionId} decisions={[]} procedureId={null} />,
      team,
    );
    fireEvent.change(screen.getByLabelText('New decision'), { target: { value: 'Meet monthly' } });
    const form = container.querySelector('form');
    if (!form) throw new Error('No decision form');
    submitTwice(form);

    await waitFor(() => expect(screen.getByLabelText('New decision')).toHaveValue(''));
    expect(await liveCount(team, 'sessionDecisions', sessionId)).toBe(1);
  });

  it('adds an agenda prompt once when Enter is pressed twice in quick succession', async () => {
    await renderWithTestTeam(<AgendaEditor sessionId={sessionId} items={[]} />, team);
    const field = screen.getByLabelText('Add a prompt to the agenda');
    fireEvent.change(field, { target: { value: 'What surprised us?' } });
    const form = field.closest('form');
    if (!form) throw new Error('No agenda form');
    submitTwice(form);

    await waitFor(() => expect(field).toHaveValue(''));
    expect(await liveCount(team, 'sessionNotes', sessionId)).toBe(1);
  });
});
