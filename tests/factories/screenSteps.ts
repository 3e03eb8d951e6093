/**
 * Steps a practitioner takes on a screen in component tests: open it in a test team with a user to act with, fill a
 * field, and read the error summary a refused save puts at the top of its form.
 */
import type { ReactElement } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, vi } from 'vitest';
import { renderWithTestTeam } from './renderWithTestTeam';
import type { TestTeam } from './testTeam';

export type User = ReturnType<typeof userEvent.setup>;

/** Renders a screen inside a test team and gives back a user to act on it with, keyboard and pointer. */
export async function openInTestTeam(
  ui: ReactElement,
  team: TestTeam,
  options?: Parameters<typeof userEvent.setup>[0],
): Promise<User> {
  const user = userEvent.setup(options);
  await renderWithTestTeam(ui, team);
  return user;
}

/**
 * Renders a form of the kit's own tests, given a save that works; gives back a user to fill it in and the save, to
 * check what it was given.
 */
export function openFormThatSaves(form: (save: () => Promise<void>) => ReactElement) {
  const user = userEvent.setup();
  const save = vi.fn(() => Promise.resolve());
  render(form(save));
  return { user, save };
}

/** Pastes rather than types letter by letter: the same events that matter, fast enough on a busy machine. */
export async function fill(user: User, field: HTMLElement, text: string): Promise<void> {
  await user.click(field);
  await user.paste(text);
}

/** Empties a field and types in its place, as a person correcting what a form suggested. */
export async function retype(user: User, field: HTMLElement, text: string): Promise<void> {
  await user.clear(field);
  await user.type(field, text);
}

/**
 * Waits for the error summary a refused save shows, and checks it says the message, has focus and stands first in
 * the named form, as the GOV.UK pattern asks; gives it back for further checks.
 */
export async function expectErrorSummary(formName: string, message: string | RegExp): Promise<HTMLElement> {
  const summary = await screen.findByRole('alert');
  expect(summary).toHaveTextContent(message);
  expect(summary).toHaveFocus();
  expect(screen.getByRole('form', { name: formName }).firstElementChild).toBe(summary);
  return summary;
}
