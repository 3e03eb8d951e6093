/**
 * Team leaders' commands for the team's own words for "Who can help with…" (table `searchWords`, team database),
 * through the one write path. A removed word can be brought back from Recently deleted.
 */
import { normalise } from '../../../../shared/people/synonyms';
import { recordCommands } from '../../../db/recordCommands';
import { inOneWrite, WriteError, type WriteContext } from '../../../db/writer';
import { requirePermission } from '../../access/accessCommands';

const WORDS = 'change the team’s words for who can help';
const words = recordCommands('searchWords');

export interface SearchWordInput {
  short: string;
  meaning: string;
}

/** The words trimmed; refused (beside the field, under `prefix`) when empty or when the word is already listed. */
async function checked(writer: WriteContext, prefix: string, input: SearchWordInput, id?: string) {
  const short = input.short.trim();
  const meaning = input.meaning.trim();
  const problems = [
    short === '' ? { field: `${prefix}short`, message: 'Enter the abbreviation or word.' } : null,
    meaning === '' ? { field: `${prefix}meaning`, message: 'Enter what it means.' } : null,
    short.length > 200 ? { field: `${prefix}short`, message: 'Must be 200 characters or fewer.' } : null,
    meaning.length > 200 ? { field: `${prefix}meaning`, message: 'Must be 200 characters or fewer.' } : null,
  ].flatMap((problem) => (problem ? [problem] : []));
  const [first] = problems;
  if (first) throw new WriteError(first.message, problems);
  const rows = await writer.db.rows('searchWords').toArray();
  const same = rows.find((row) => !row.deleted && row.id !== id && normalise(row.short) === normalise(short));
  if (same) {
    const message = `The team’s words already have “${same.short}”: change that one instead.`;
    throw new WriteError(message, [{ field: `${prefix}short`, message }]);
  }
  return { short, meaning };
}

export async function addSearchWord(writer: WriteContext, input: SearchWordInput): Promise<string> {
  await requirePermission(writer, 'change-team-settings', WORDS);
  return inOneWrite(writer, async () => words.create(writer, await checked(writer, 'word-new-', input)));
}

export async function changeSearchWord(
  writer: WriteContext,
  id: string,
  input: SearchWordInput,
): Promise<boolean> {
  await requirePermission(writer, 'change-team-settings', WORDS);
  return inOneWrite(writer, async () =>
    words.update(writer, id, await checked(writer, `word-${id}-`, input, id)),
  );
}

export async function removeSearchWord(writer: WriteContext, id: string): Promise<boolean> {
  await requirePermission(writer, 'change-team-settings', WORDS);
  return words.remove(writer, id);
}
