import { useState } from 'react';
import type { WellbeingIndicator } from '../../../../shared/domain/wellbeing';
import { useWriter } from '../../../app/team/useWriter';
import { FormFrame } from '../../../ui/forms/FormFrame';
import { TextField } from '../../../ui/forms/TextField';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useFormField } from '../../../ui/forms/useFormField';
import { addOwnIndicator, renameOwnIndicator, setIndicatorRetired } from './wellbeingCommands';
import { RowButton } from '../../../ui/RowButton';

interface OwnIndicatorsProps {
  /** Every indicator of the list, retired ones too, in order. */
  own: readonly WellbeingIndicator[];
  mayChange: boolean;
  run: (command: () => Promise<unknown>, success: string) => Promise<boolean>;
  say: (message: string) => void;
}

/**
 * The team's own list of wellbeing indicators: a leader adds, renames, retires and brings back. Nothing is ever
 * deleted, since cases may hold any of them.
 */
export function OwnIndicators({ own, mayChange, run, say }: OwnIndicatorsProps) {
  const writer = useWriter();
  const [renaming, setRenaming] = useState<string | null>(null);
  const live = own.filter((row) => !row.retired);
  const retired = own.filter((row) => row.retired);
  return (
    <section aria-labelledby="own-heading" className="settings-block">
      <h2 id="own-heading">The team’s own indicators</h2>
      {live.length === 0 && (
        <p>The list is empty: cases cannot be tagged with a concern until it has some.</p>
      )}
      {live.length > 0 && (
        <ul className="plain-list own-indicators">
          {live.map((row) =>
            renaming === row.id ? (
              <li key={row.id}>
                <RenameForm
                  row={row}
                  onDone={(label) => {
                    setRenaming(null);
                    if (label) say(`The indicator is now called “${label}”.`);
                  }}
                />
              </li>
            ) : (
              <li key={row.id} className="own-indicators__row">
                <span>{row.label}</span>
                {mayChange && (
                  <>
                    <RowButton row={row.label} onPress={() => setRenaming(row.id)}>
                      Rename
                    </RowButton>
                    <RowButton
                      row={row.label}
                      onPress={() =>
                        void run(
                          () => setIndicatorRetired(writer, row.id, true),
                          `“${row.label}” is retired: it is offered no more, and cases that have it keep it.`,
                        )
                      }
                    >
                      Retire
                    </RowButton>
                  </>
                )}
              </li>
            ),
          )}
        </ul>
      )}
      {mayChange && <AddForm onAdded={(label) => say(`“${label}” is added to the team’s indicators.`)} />}
      {retired.length > 0 && (
        <>
          <h3>Retired indicators</h3>
          <p>Cases tagged with these keep them; they are not offered for new concerns.</p>
          <ul className="plain-list own-indicators">
            {retired.map((row) => (
              <li key={row.id} className="own-indicators__row">
                <span>{row.label}</span>
                {mayChange && (
                  <RowButton
                    row={row.label}
                    onPress={() =>
                      void run(
                        () => setIndicatorRetired(writer, row.id, false),
                        `“${row.label}” is offered again.`,
                      )
                    }
                  >
                    Bring back
                  </RowButton>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function AddForm({ onAdded }: { onAdded: (label: string) => void }) {
  const writer = useWriter();
  const form = useSaveForm('indicator-');
  const label = useFormField(form, 'new', '');
  const submit = async () => {
    const added = label.value.trim();
    const ok = await form.run(
      () => ({ [label.id]: added === '' ? 'Enter the indicator.' : undefined }),
      () => addOwnIndicator(writer, added),
    );
    if (ok) {
      label.onChange('');
      onAdded(added);
    }
  };
  return (
    <FormFrame
      title="Add an indicator"
      form={form}
      submitLabel="Add the indicator"
      focusOnOpen={false}
      onSubmit={() => void submit()}
    >
      <TextField
        {...label}
        label="Indicator"
        hint="In the words the team uses, such as “Family finances” or “Speech and language”."
      />
    </FormFrame>
  );
}

function RenameForm({ row, onDone }: { row: WellbeingIndicator; onDone: (label: string | null) => void }) {
  const writer = useWriter();
  const form = useSaveForm('indicator-');
  const label = useFormField(form, row.id, row.label);
  const submit = async () => {
    const renamed = label.value.trim();
    const ok = await form.run(
      () => ({ [label.id]: renamed === '' ? 'Enter the indicator.' : undefined }),
      () => renameOwnIndicator(writer, row.id, renamed),
    );
    if (ok) onDone(renamed);
  };
  return (
    <FormFrame
      title={`Rename “${row.label}”`}
      form={form}
      submitLabel="Save the name"
      onSubmit={() => void submit()}
      onCancel={() => onDone(null)}
    >
      <TextField {...label} label="New name" hint="Cases tagged with it show the new name." />
    </FormFrame>
  );
}
