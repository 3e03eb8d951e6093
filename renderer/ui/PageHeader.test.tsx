import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PageHeader } from './PageHeader';

describe('a page header', () => {
  it('shows the page’s main action as the first button, before the others', () => {
    render(
      <PageHeader title="Agencies" action={{ label: 'Add an agency', href: '#/people/new-agency' }}>
        <button type="button">Export</button>
      </PageHeader>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Agencies' })).toBeVisible();
    const add = screen.getByRole('link', { name: 'Add an agency' });
    expect(add).toHaveAttribute('href', '#/people/new-agency');
    expect(add.compareDocumentPosition(screen.getByRole('button', { name: 'Export' }))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it('shows no action to a person who may not take it', () => {
    render(<PageHeader title="Reflection templates" action={false} />);
    expect(screen.queryByRole('link')).toBeNull();
  });
});
