import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PageForm } from './PageForm';
import { TextField } from './TextField';
import { useSaveForm } from './useSaveForm';

/** A page that is only a form, the way "Plan a session" is. */
function NotePage({ pageHeader }: { pageHeader?: boolean }) {
  const form = useSaveForm('note-');
  return (
    <PageForm
      title="Add a note"
      pageHeader={pageHeader}
      beforeForm={<a href="#/notes">All notes</a>}
      form={form}
      submitLabel="Save the note"
      onSubmit={() => undefined}
    >
      <TextField id="note-text" label="Note" value="" onChange={() => undefined} />
    </PageForm>
  );
}

describe('a form drawn with its page', () => {
  it('is named by the page’s one heading, with what comes between them above the form', () => {
    render(<NotePage pageHeader />);
    expect(screen.getAllByRole('heading').map((heading) => heading.textContent)).toEqual(['Add a note']);
    expect(screen.getByRole('heading', { level: 1 })).toHaveAttribute('data-page-title');
    const form = screen.getByRole('form', { name: 'Add a note' });
    expect(
      screen.getByRole('link', { name: 'All notes' }).compareDocumentPosition(form) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('leaves focus where the page put it rather than on the first field', () => {
    render(<NotePage pageHeader />);
    expect(screen.getByRole('textbox', { name: 'Note' })).not.toHaveFocus();
  });

  it('draws no heading at all when the page has drawn its own above it', () => {
    render(<NotePage />);
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByRole('form', { name: 'Add a note' })).toBeVisible();
  });
});
