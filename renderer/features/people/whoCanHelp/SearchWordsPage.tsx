import { useState } from 'react';
import type { RowOf } from '../../../../shared/domain/registry';
import { can } from '../../../../shared/domain/roles';
import { BUILT_IN_TERMS } from '../../../../shared/people/synonyms';
import { useSearchWords } from '../../../app/data/useSearchWords';
import { hrefFor } from '../../../app/router/hashRoute';
import { usePerson } from '../../../app/team/usePerson';
import { useWriter } from '../../../app/team/useWriter';
import { MessageBanner } from '../../../ui/MessageBanner';
import { PageHeader } from '../../../ui/PageHeader';
import { FormFrame } from '../../../ui/forms/FormFrame';
import { TextField } from '../../../ui/forms/TextField';
import { useSaveForm } from '../../../ui/forms/useSaveForm';
import { useFormField } from '../../../ui/forms/useFormField';
import { useActionMessage } from '../../../ui/useActionMessage';
import { PeopleNav } from '../PeopleNav';
import { addSearchWord, changeSearchWord, removeSearchWord } from './searchWordCommands';
import { RowButton } from '../../../ui/RowButton';

type SearchWord = RowOf<'searchWords'>;

/**
 * The words "Who can help with…" understands: the team's own (a team leader adds, changes and removes them) and
 * the ones built in.
 */
export function SearchWordsPage() {
  const words = useSearchWords();
  const writer = useWriter();
  const mayChange = can(usePerson(), 'change-team-settings');
  const { message, run, say } = useActionMessage();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <>
      <PageHeader title="Words the search understands" />
      <PeopleNav current="search" />
      <p>
        <a href={hrefFor('people', 'search')}>Back to who can help with…</a>
      </p>
      <MessageBanner message={message} />
      <section aria-labelledby="team-words-heading" className="settings-block">
        <h2 id="team-words-heading">The team’s own words</h2>
        <p>
          Abbreviations and names the team uses. Searching for one finds people who wrote what it means, and
          the other way round.
        </p>
        {words === undefined ? (
          <p role="status">Loading…</p>
        ) : words.length === 0 ? (
          <p>The team has added no words of its own yet.</p>
        ) : (
          <ul className="plain-list team-words">
            {words.map((word) =>
              editing === word.id ? (
                <li key={word.id}>
                  <WordForm
                    word={word}
                    onDone={(saved) => {
                      setEditing(null);
                      if (saved) say(`“${saved}” is saved.`);
                    }}
                  />
                </li>
              ) : (
                <li key={word.id} className="team-words__row">
                  <span>
                    <strong>{word.short}</strong> means {word.meaning}
                  </span>
                  {mayChange && (
                    <>
                      <RowButton row={word.short} onPress={() => setEditing(word.id)}>
                        Change
                      </RowButton>
                      <RowButton
                        row={word.short}
                        onPress={() =>
                          void run(
                            () => removeSearchWord(writer, word.id),
                            `“${word.short}” is removed. It can be brought back from Recently deleted in Settings.`,
                          )
                        }
                      >
                        Remove
                      </RowButton>
                    </>
                  )}
                </li>
              ),
            )}
          </ul>
        )}
        {mayChange ? (
          <WordForm
            word={null}
            onDone={(saved) => saved && say(`“${saved}” is added to the team’s words.`)}
          />
        ) : (
          <p>Only a team leader can change the team’s words.</p>
        )}
      </section>
      <section aria-labelledby="built-in-heading" className="settings-block">
        <h2 id="built-in-heading">Built in</h2>
        <p>Each line is one need: any of its words finds people who wrote another.</p>
        <ul>
          {BUILT_IN_TERMS.map((group) => (
            <li key={group[0]}>{group.join(', ')}</li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** Adds a word (`word` null) or changes one; `onDone` gets the abbreviation saved, or null when cancelled. */
function WordForm({ word, onDone }: { word: SearchWord | null; onDone: (saved: string | null) => void }) {
  const writer = useWriter();
  const form = useSaveForm(word ? `word-${word.id}-` : 'word-new-');
  const short = useFormField(form, 'short', word?.short ?? '');
  const meaning = useFormField(form, 'meaning', word?.meaning ?? '');
  const submit = async () => {
    const input = { short: short.value, meaning: meaning.value };
    const ok = await form.run(
      () => ({
        [short.id]: short.value.trim() === '' ? 'Enter the abbreviation or word.' : undefined,
        [meaning.id]: meaning.value.trim() === '' ? 'Enter what it means.' : undefined,
      }),
      () => (word ? changeSearchWord(writer, word.id, input) : addSearchWord(writer, input)),
    );
    if (!ok) return;
    if (!word) {
      short.onChange('');
      meaning.onChange('');
    }
    onDone(input.short.trim());
  };
  return (
    <FormFrame
      title={word ? `Change “${word.short}”` : 'Add a word'}
      form={form}
      submitLabel={word ? 'Save' : 'Add the word'}
      focusOnOpen={word !== null}
      onSubmit={() => void submit()}
      onCancel={word ? () => onDone(null) : undefined}
    >
      <TextField {...short} label="Abbreviation or word" hint="As the team writes it, such as MASH." />
      <TextField
        {...meaning}
        label="What it means"
        hint="In the words people write about their skills, such as multi-agency safeguarding hub."
      />
    </FormFrame>
  );
}
