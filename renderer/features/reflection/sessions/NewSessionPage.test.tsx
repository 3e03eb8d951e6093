import { configure, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithTestTeam } from '../../../../tests/factories/renderWithTestTeam';
import { makeTestTeam } from '../../../../tests/factories/testTeam';
import { NewSessionPage } from './NewSessionPage';
import { openInTestTeam } from '../../../../tests/factories/screenSteps';

// The machine running tests may be busy: give live database reads time to arrive.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  window.location.hash = '';
});

/** Longer than the 200 characters a title may have: the form lets it through and the save refuses it. */
const TOO_LONG = `Joint visits ${'and more '.repeat(25)}`;

describe('planning a session', () => {
  it('plans exactly one session when Plan the session is pressed twice quickly', async () => {
    const team = await makeTestTeam();
    const user = await openInTestTeam(<NewSessionPage route={[]} />, team);
    const button = await screen.findByRole('button', { name: 'Plan the session' });
    await user.dblClick(button);
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/reflection\/session\//));
    expect(await team.db.rows('reflectionSessions').count()).toBe(1);
  }, 20_000);

  it('plans exactly one session when Enter is pressed twice in the title', async () => {
    const team = await makeTestTeam();
    const user = await openInTestTeam(<NewSessionPage route={[]} />, team);
    await user.click(await screen.findByLabelText('Title'));
    await user.keyboard('{Enter}{Enter}');
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/reflection\/session\//));
    expect(await team.db.rows('reflectionSessions').count()).toBe(1);
  }, 20_000);

  it('when the save is refused, says why at the top of the form, moves focus there and keeps what was typed', async () => {
    const team = await makeTestTeam();
    const user = await openInTestTeam(<NewSessionPage route={[]} />, team);
    const title = await screen.findByLabelText('Title');
    await user.clear(title);
    await user.click(title);
    await user.paste(TOO_LONG);
    await user.click(screen.getByRole('button', { name: 'Plan the session' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(summary).toHaveTextContent('Title must be 200 characters or fewer.');
    expect(summary).toHaveFocus();
    const form = screen.getByRole('form', { name: 'Plan a session' });
    expect(form.firstElementChild).toBe(summary);
    expect(screen.getByLabelText('Title')).toHaveValue(TOO_LONG);
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription(/200 characters or fewer/);
    expect(await team.db.rows('reflectionSessions').count()).toBe(0);
    expect(window.location.hash).toBe('');
  }, 20_000);

  it('does not take focus when the page opens, so the page heading keeps it', async () => {
    const team = await makeTestTeam();
    await renderWithTestTeam(<NewSessionPage route={[]} />, team);
    await screen.findByRole('form', { name: 'Plan a session' });
    expect(document.body).toHaveFocus();
  });
});
