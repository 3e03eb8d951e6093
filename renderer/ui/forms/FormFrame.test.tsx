import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLayoutEffect, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { FormFrame } from './FormFrame';
import { TextField } from './TextField';
import { useSaveForm } from './useSaveForm';
import { openFormThatSaves } from '../../../tests/factories/screenSteps';

interface NoteFormProps {
  save: (note: string) => Promise<unknown>;
  onCancel?: () => void;
  focusOnOpen?: boolean;
  showHeading?: boolean;
}

/** A small form built the way the app's forms are: a check, a save, and the frame around them. */
function NoteForm({ save, onCancel, focusOnOpen, showHeading }: NoteFormProps) {
  const form = useSaveForm('note-');
  const [note, setNote] = useState('');
  return (
    <FormFrame
      title="Add a note"
      showHeading={showHeading}
      form={form}
      submitLabel="Save the note"
      focusOnOpen={focusOnOpen}
      onCancel={onCancel}
      onSubmit={() =>
        void form.run(
          () => (note.trim() === '' ? { 'note-text': 'Enter the note.' } : {}),
          () => save(note),
        )
      }
    >
      <TextField
        id="note-text"
        label="Note"
        value={note}
        onChange={setNote}
        error={form.errors['note-text']}
      />
    </FormFrame>
  );
}

/** Puts focus in the field `id` as soon as it is in the page, as a person clicking into it at once does. */
function ClickedIntoAtOnce({ id }: { id: string }) {
  useLayoutEffect(() => document.getElementById(id)?.focus(), [id]);
  return null;
}

/** A form of two fields, the second of which the person clicks into the moment it shows. */
function NoteAndNameForm() {
  const form = useSaveForm('two-');
  const [note, setNote] = useState('');
  const [name, setName] = useState('');
  return (
    <FormFrame title="Add a note" form={form} submitLabel="Save the note" onSubmit={() => undefined}>
      <TextField id="two-note" label="Note" value={note} onChange={setNote} error={undefined} />
      <TextField id="two-name" label="Name" value={name} onChange={setName} error={undefined} />
      <ClickedIntoAtOnce id="two-name" />
    </FormFrame>
  );
}

/** A page where the form opens when a person presses "Add a note", and the button goes away. */
function NotesPage({ save }: { save: NoteFormProps['save'] }) {
  const [adding, setAdding] = useState(false);
  return adding ? (
    <NoteForm save={save} onCancel={() => setAdding(false)} />
  ) : (
    <button type="button" onClick={() => setAdding(true)}>
      Add a note
    </button>
  );
}

describe('the frame around a form', () => {
  it('after a refused save, moves focus to the error summary, whose link takes the person to the field', async () => {
    const { user, save } = openFormThatSaves((save) => <NoteForm save={save} focusOnOpen={false} />);
    await user.click(screen.getByRole('button', { name: 'Save the note' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(summary).toHaveFocus();
    await user.click(screen.getByRole('link', { name: 'Enter the note.' }));
    expect(screen.getByLabelText(/Note/)).toHaveFocus();
    expect(save).not.toHaveBeenCalled();
  });

  it('calls back when the person presses Cancel, without saving', async () => {
    const cancel = vi.fn();
    const { user, save } = openFormThatSaves((save) => <NoteForm save={save} onCancel={cancel} />);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancel).toHaveBeenCalledOnce();
    expect(save).not.toHaveBeenCalled();
  });

  it('has no Cancel button when nobody asked for one', () => {
    render(<NoteForm save={() => Promise.resolve()} />);
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
  });

  it('moves focus to its first field when a button opens it, so keyboard users carry straight on', async () => {
    const user = userEvent.setup();
    render(<NotesPage save={() => Promise.resolve()} />);
    await user.click(screen.getByRole('button', { name: 'Add a note' }));
    expect(screen.getByLabelText(/Note/)).toHaveFocus();
  });

  it('leaves focus in a field the person reached before the form took it, so what they type stays there', () => {
    render(<NoteAndNameForm />);
    expect(screen.getByLabelText(/Name/)).toHaveFocus();
  });

  it('leaves focus alone when it is not asked to take it, as on a page that is the form', () => {
    render(<NoteForm save={() => Promise.resolve()} focusOnOpen={false} />);
    expect(screen.getByLabelText(/Note/)).not.toHaveFocus();
    expect(document.body).toHaveFocus();
  });

  it('does not save twice when submitted again while the first save is under way', async () => {
    const user = userEvent.setup();
    let finish = () => {};
    const save = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    render(<NoteForm save={save} focusOnOpen={false} />);
    await user.type(screen.getByLabelText(/Note/), 'Called the school');
    const button = screen.getByRole('button', { name: 'Save the note' });
    await user.click(button);
    expect(button).toBeDisabled();
    await user.click(button);
    fireEvent.submit(screen.getByRole('form', { name: 'Add a note' }));
    expect(save).toHaveBeenCalledOnce();
    expect(save).toHaveBeenCalledWith('Called the school');
    await act(async () => finish());
    expect(button).toBeEnabled();
  });

  it('shows a problem that belongs to no one field in a banner, keeping what was typed', async () => {
    const user = userEvent.setup();
    render(<NoteForm save={() => Promise.reject(new Error('disk full'))} focusOnOpen={false} />);
    await user.type(screen.getByLabelText(/Note/), 'Called the school');
    await user.click(screen.getByRole('button', { name: 'Save the note' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This could not be saved, and nothing was changed. Please try again.',
    );
    expect(screen.getByLabelText(/Note/)).toHaveValue('Called the school');
  });

  it('is named by its title, and shows the title as a heading only when the page has not given it one', () => {
    const { unmount } = render(<NoteForm save={() => Promise.resolve()} />);
    expect(screen.getByRole('form', { name: 'Add a note' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Add a note' })).toBeInTheDocument();
    unmount();
    render(<NoteForm save={() => Promise.resolve()} showHeading={false} />);
    expect(screen.getByRole('form', { name: 'Add a note' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Add a note' })).not.toBeInTheDocument();
  });
});
