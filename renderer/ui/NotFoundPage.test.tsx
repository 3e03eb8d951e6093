import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NotFoundPage } from './NotFoundPage';

describe('the page of a record that is not there', () => {
  it('names what is missing, says why, and offers the way back after the section’s navigation', () => {
    render(
      <NotFoundPage
        title="Aim not found"
        heading="This aim is no longer here"
        nav={<nav aria-label="Charter" />}
      >
        Someone may have removed it. <a href="#/charter">Back to the charter</a>
      </NotFoundPage>,
    );
    const h1 = screen.getByRole('heading', { level: 1, name: 'Aim not found' });
    const section = screen.getByRole('region', { name: 'This aim is no longer here' });
    expect(section).toHaveTextContent('Someone may have removed it. Back to the charter');
    expect(screen.getByRole('link', { name: 'Back to the charter' })).toHaveAttribute('href', '#/charter');
    expect(h1.compareDocumentPosition(screen.getByRole('navigation', { name: 'Charter' }))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it('says only what is missing when there is nothing more to say', () => {
    render(<NotFoundPage title="Agency not found" heading="This agency is not in the directory" />);
    const section = screen.getByRole('region', { name: 'This agency is not in the directory' });
    expect(section).toHaveTextContent(/^This agency is not in the directory$/);
  });
});
