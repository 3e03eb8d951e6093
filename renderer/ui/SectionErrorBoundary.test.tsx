import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SectionErrorBoundary } from './SectionErrorBoundary';

let broken = true;

function Page() {
  if (broken) throw new Error('The cases table could not be read.');
  return <h1>Board</h1>;
}

describe('a page that fails', () => {
  beforeEach(() => {
    broken = true;
    // React reports the caught error on the console; the test is about what the person sees.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('says so in plain words, without the error’s own text, and shows the page again when trying again works', async () => {
    render(
      <SectionErrorBoundary page="board" homeHref="#/board">
        <Page />
      </SectionErrorBoundary>,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'This page could not be shown' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Everything already saved is safe/)).toBeInTheDocument();
    expect(screen.queryByText(/cases table/)).toBeNull();
    expect(screen.getByRole('link', { name: 'Go to the board' })).toHaveAttribute('href', '#/board');

    broken = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Board' })).toBeInTheDocument();
  });

  it('starts afresh when the person goes to another page', () => {
    const { rerender } = render(
      <SectionErrorBoundary page="board/case/1" homeHref="#/board">
        <Page />
      </SectionErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'This page could not be shown' })).toBeInTheDocument();
    broken = false;
    rerender(
      <SectionErrorBoundary page="board" homeHref="#/board">
        <Page />
      </SectionErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Board' })).toBeInTheDocument();
  });
});
