import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithTestTeam } from '../../../tests/factories/boardRender';
import { makeTestTeam } from '../../../tests/factories/testTeam';
import { NewHealthCheckPage } from './NewHealthCheckPage';

// The machine running tests may be busy: give live database reads time to arrive.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  window.location.hash = '';
});

/** Longer than the 200 characters a title may have: the form lets it through and the save refuses it. */
const TOO_LONG = `Joint visits ${'and more '.repeat(25)}`;

describe('opening a health check', () => {
  it('opens exactly one health check when Open the health check is pressed twice quickly', async () => {
    const team = await makeTestTeam();
    const user = userEvent.setup();
    await renderWithTestTeam(<NewHealthCheckPage />, team);
    await user.type(await screen.findByLabelText('Title'), 'Spring check');
    await user.dblClick(screen.getByRole('button', { name: 'Open the health check' }));
    await waitFor(() => expect(window.location.hash).toBe('#/reflection/checks'));
    expect(await team.db.rows('healthChecks').count()).toBe(1);
  }, 20_000);

  it('shows the missing title at the top of the form, with focus, and keeps the dates chosen', async () => {
    const team = await makeTestTeam();
    const user = userEvent.setup();
    await renderWithTestTeam(<NewHealthCheckPage />, team);
    await user.type(await screen.findByLabelText('Closes on (optional)'), '2099-06-30');
    await user.click(screen.getByRole('button', { name: 'Open the health check' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Enter a title, such as “Spring health check”.');
    expect(summary).toHaveFocus();
    expect(screen.getByRole('form', { name: 'Open a health check' }).firstElementChild).toBe(summary);
    expect(screen.getByLabelText('Closes on (optional)')).toHaveValue('2099-06-30');
    expect(await team.db.rows('healthChecks').count()).toBe(0);
  }, 20_000);

  it('when the save is refused, says why in plain words at the top of the form and keeps what was typed', async () => {
    const team = await makeTestTeam();
    const user = userEvent.setup();
    await renderWithTestTeam(<NewHealthCheckPage />, team);
    await user.click(await screen.findByLabelText('Title'));
    await user.paste(TOO_LONG);
    await user.click(screen.getByRole('button', { name: 'Open the health check' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Title must be 200 characters or fewer.');
    expect(summary).toHaveFocus();
    expect(screen.getByRole('form', { name: 'Open a health check' }).firstElementChild).toBe(summary);
    expect(screen.getByLabelText('Title')).toHaveValue(TOO_LONG);
    expect(await team.db.rows('healthChecks').count()).toBe(0);
  }, 20_000);
});
