import { useState } from 'react';
import {
  WELLBEING_FRAMEWORKS,
  type BuiltInFramework,
  type WellbeingIndicator,
} from '../../../../shared/domain/wellbeing';
import { useWriter } from '../../../app/team/useWriter';
import { FormFrame } from '../../../ui/forms/FormFrame';
import { TextField } from '../../../ui/forms/TextField';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useFormField } from '../../../ui/forms/useFormField';
import {
  addOwnIndicator,
  renameOwnIndicator,
  setIndicatorRetired,
  startOwnListFrom,
} from './wellbeingCommands';
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
      <h2 id="own-heading" tabIndex={-1}>
        The team’s own indicators
      </h2>
      {live.length === 0 && (
        <p>The list is empty: cases cannot be tagged with a concern until it has some.</p>
      )}
      {live.length === 0 && mayChange && <StartFrom run={run} />}
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

/** What each built-in framework holds, as the button that starts the list from it says. */
const START_FROM: Readonly<Record<BuiltInFramework, string>> = {
  shanarri: 'Scotland’s eight SHANARRI indicators',
  england: 'England’s five outcomes',
  wales: 'the nine areas of well-being in the Wales Act',
};

const BUILT_IN = WELLBEING_FRAMEWORKS.filter(
  (framework): framework is BuiltInFramework => framework !== 'own',
);

/**
 * An empty list can start from a built-in framework's indicators, to rename, retire and add to: most teams that
 * keep their own list keep one close to a framework they know.
 */
function StartFrom({ run }: Pick<OwnIndicatorsProps, 'run'>) {
  const writer = useWriter();
  const start = async (framework: BuiltInFramework) => {
    const started = await run(
      () => startOwnListFrom(writer, framework),
      `The team’s list now holds ${START_FROM[framework]}: rename, retire or add to them below.`,
    );
    // The buttons go once the list has indicators: the list's heading takes focus in their place.
    if (started) document.getElementById('own-heading')?.focus();
  };
  return (
    <div className="button-row" role="group" aria-label="Start the list from a framework">
      {BUILT_IN.map((framework) => (
        <button
          key={framework}
          type="button"
          className="button button--secondary"
          onClick={() => void start(framework)}
        >
          Start from {START_FROM[framework]}
        </button>
      ))}
    </div>
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
