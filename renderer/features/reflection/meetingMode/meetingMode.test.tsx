import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STOPPED, type StopwatchState } from '../../../../shared/reflection/timer';
import { renderWithTestTeam } from '../../../../tests/factories/renderWithTestTeam';
import { makeTestTeam, type TestTeam } from '../../../../tests/factories/testTeam';
import { AgendaTimer } from './AgendaTimer';
import { MeetingMode } from './MeetingMode';
import { NoteField } from '../sessions/NoteField';
import { addSessionAction, createSession, markActionDone } from '../sessions/sessionCommands';
import { openInTestTeam } from '../../../../tests/factories/screenSteps';

// The machine running tests may be busy: give live database reads time to arrive.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  vi.useRealTimers();
});

async function twoSessions(team: TestTeam) {
  const base = {
    facilitatorId: team.ctx.person.id,
    templateKind: 'gibbs' as const,
    templateId: null,
    caseId: null,
    procedureId: null,
  };
  const first = await createSession(team.ctx, {
    ...base,
    date: '2026-03-02',
    title: 'March',
    prompts: [{ text: 'What happened?', guidance: '', minutes: 10 }],
  });
  const open = await addSessionAction(team.ctx, first, {
    text: 'Share the rota',
    ownerId: null,
    dueDate: null,
  });
  const done = await addSessionAction(team.ctx, first, {
    text: 'Book the room',
    ownerId: null,
    dueDate: null,
  });
  await markActionDone(team.ctx, done);
  const toDrop = await addSessionAction(team.ctx, first, {
    text: 'Write a leaflet',
    ownerId: null,
    dueDate: null,
  });
  const second = await createSession(team.ctx, {
    ...base,
    date: '2026-04-06',
    title: 'April',
    prompts: [
      { text: 'What went well?', guidance: 'Both sides.', minutes: 1 },
      { text: 'What next?', guidance: '', minutes: null },
    ],
  });
  return { first, second, open, toDrop };
}

describe('meeting mode', () => {
  it('starts with the open actions from earlier sessions: done, carried forward or dropped with a reason', async () => {
    const team = await makeTestTeam();
    const { second, open, toDrop } = await twoSessions(team);
    const user = await openInTestTeam(<MeetingMode sessionId={second} />, team);

    expect(await screen.findByText('Share the rota')).toBeInTheDocument();
    expect(screen.getByText('Write a leaflet')).toBeInTheDocument();
    expect(screen.queryByText('Book the room')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Carry forward: Share the rota' }));
    const newDue = screen.getByRole('group', { name: 'New due date' });
    const nextYear = String(new Date().getFullYear() + 1);
    await user.type(within(newDue).getByLabelText('Day'), '4');
    await user.type(within(newDue).getByLabelText('Month'), '5');
    await user.type(within(newDue).getByLabelText('Year'), nextYear);
    await user.click(screen.getByRole('button', { name: 'Carry forward' }));
    expect(await screen.findByText('Carried forward')).toBeInTheDocument();
    const carried = await team.db.rows('actions').get(open);
    expect([carried?.status, carried?.dueDate]).toEqual(['open', `${nextYear}-05-04`]);

    await user.click(screen.getByRole('button', { name: 'Drop with a reason: Write a leaflet' }));
    await user.click(screen.getByRole('button', { name: 'Drop action' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Say why the action is being dropped.');
    await user.type(screen.getByLabelText('Why drop “Write a leaflet”?'), 'The council made one');
    await user.click(screen.getByRole('button', { name: 'Drop action' }));
    await waitFor(async () => {
      const dropped = await team.db.rows('actions').get(toDrop);
      expect(dropped?.status).toBe('dropped');
      expect(dropped?.dropReason).toBe('The council made one');
    });
    await waitFor(() => expect(screen.queryByText('Write a leaflet')).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Done: Share the rota' }));
    await waitFor(async () => expect((await team.db.rows('actions').get(open))?.status).toBe('done'));
    expect(await screen.findByText('Nothing is waiting from earlier sessions.')).toBeInTheDocument();
  }, 20_000);

  it('walks the agenda item by item and captures an action with Alt+A and Enter', async () => {
    const team = await makeTestTeam();
    const { second } = await twoSessions(team);
    const user = await openInTestTeam(<MeetingMode sessionId={second} />, team);
    await user.click(await screen.findByRole('button', { name: 'Start the agenda' }));
    expect(screen.getByRole('heading', { level: 2, name: 'What went well?' })).toBeInTheDocument();
    expect(screen.getByText('Item 1 of 2', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('1:00 left')).toBeInTheDocument();

    await user.keyboard('{Alt>}a{/Alt}');
    const actionLine = screen.getByLabelText(/New action/);
    expect(actionLine).toHaveFocus();
    await user.type(actionLine, 'Ask the school nurse to join{Enter}');
    await waitFor(async () => {
      const actions = await team.db.rows('actions').where('sessionId').equals(second).toArray();
      expect(actions.map((action) => [action.text, action.source, action.status])).toEqual([
        ['Ask the school nurse to join', 'session', 'open'],
      ]);
    });
    expect(actionLine).toHaveValue('');
  }, 20_000);

  it('keeps the meeting open when Escape is pressed inside a note, and leaves when it is pressed elsewhere', async () => {
    const team = await makeTestTeam();
    const { second } = await twoSessions(team);
    const user = userEvent.setup();
    window.location.hash = `#/reflection/session/${second}/meeting`;
    await renderWithTestTeam(<MeetingMode sessionId={second} />, team);
    await user.click(await screen.findByRole('button', { name: 'Start the agenda' }));
    expect(screen.getByRole('heading', { level: 2, name: 'What went well?' })).toHaveFocus();

    await user.type(screen.getByLabelText('Notes'), 'Both agencies came{Escape}');
    expect(window.location.hash).toBe(`#/reflection/session/${second}/meeting`);

    await user.click(screen.getByRole('button', { name: 'Next item' }));
    expect(screen.getByRole('heading', { level: 2, name: 'What next?' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(window.location.hash).toBe(`#/reflection/session/${second}`);
  }, 20_000);

  it('keeps notes typed just before the meeting view closes', async () => {
    const team = await makeTestTeam();
    const { second } = await twoSessions(team);
    const item = (await team.db.rows('sessionNotes').where('sessionId').equals(second).toArray())[0];
    if (!item) throw new Error('The session has no agenda.');
    const user = userEvent.setup();
    const view = await renderWithTestTeam(<NoteField item={item} label="Notes" />, team);
    await user.type(screen.getByLabelText('Notes'), 'Handover worked');
    // Closed at once, well inside the autosave pause: nothing typed may be lost.
    view.unmount();
    await waitFor(async () =>
      expect((await team.db.rows('sessionNotes').get(item.id))?.text).toBe('Handover worked'),
    );
  }, 20_000);

  it('saves notes shortly after typing stops and says so quietly', async () => {
    const team = await makeTestTeam();
    const { second } = await twoSessions(team);
    const item = (await team.db.rows('sessionNotes').where('sessionId').equals(second).toArray())[0];
    if (!item) throw new Error('The session has no agenda.');
    const user = await openInTestTeam(<NoteField item={item} label="Notes" />, team);
    await user.type(screen.getByLabelText('Notes'), 'Live');
    expect(await screen.findByText('Saved')).toHaveAttribute('role', 'status');
    expect((await team.db.rows('sessionNotes').get(item.id))?.text).toBe('Live');
  }, 20_000);
});

function TimerHarness({ minutes }: { minutes: number | null }) {
  const [state, setState] = useState<StopwatchState>(STOPPED);
  return <AgendaTimer label="Timer" minutes={minutes} state={state} onChange={setState} />;
}

describe('agenda timer', () => {
  it('counts down once started, pauses, and says in words when the item runs over', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    render(<TimerHarness minutes={1} />);
    expect(screen.getByText('1:00 left')).toBeInTheDocument();
    act(() => screen.getByRole('button', { name: 'Start timer' }).click());
    act(() => vi.advanceTimersByTime(20_000));
    expect(screen.getByText('0:40 left')).toBeInTheDocument();

    act(() => screen.getByRole('button', { name: 'Pause timer' }).click());
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByText('0:40 left')).toBeInTheDocument();

    act(() => screen.getByRole('button', { name: 'Resume timer' }).click());
    act(() => vi.advanceTimersByTime(45_000));
    expect(screen.getByText('0:05 over time')).toBeInTheDocument();
    expect(screen.getByText('This item is over time.')).toBeInTheDocument();
  });
});
