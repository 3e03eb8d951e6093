import { useEffect, useRef, useState } from 'react';
import type { SessionNote } from '../../../../shared/domain/reflection';
import { useWriter } from '../../../app/team/useWriter';
import { saveNote } from './sessionCommands';
import { useAutosave } from './useAutosave';

const STATE_WORDS = {
  idle: '',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Could not save yet. Keep typing or leave the field to try again.',
} as const;

interface NoteFieldProps {
  item: SessionNote;
  label: string;
  rows?: number;
  inputRef?: React.RefObject<HTMLTextAreaElement | null>;
}

/** The notes under one agenda item, saved as they are typed. */
export function NoteField({ item, label, rows = 6, inputRef }: NoteFieldProps) {
  const writer = useWriter();
  const [value, setValue] = useState(item.text);
  const focused = useRef(false);
  const { change, flush, state, isPending } = useAutosave((text) => saveNote(writer, item.id, text));

  // Take in notes written elsewhere (another window, an import) unless this person is typing here.
  useEffect(() => {
    if (!focused.current && !isPending()) setValue(item.text);
  }, [item.text, isPending]);

  const id = `note-${item.id}`;
  return (
    <div className="field reflection-note">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={inputRef}
        rows={rows}
        value={value}
        onFocus={() => {
          focused.current = true;
        }}
        onBlur={() => {
          focused.current = false;
          flush();
        }}
        onChange={(event) => {
          setValue(event.target.value);
          change(event.target.value);
        }}
      />
      <span className="reflection-save-state" role="status">
        {STATE_WORDS[state]}
      </span>
    </div>
  );
}
