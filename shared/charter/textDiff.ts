/**
 * Comparing two versions of a procedure as a person reads them: the text is parsed into headings, paragraphs and
 * list items first, so a comparison shows what was added, taken out or changed in the rendered text and never the
 * `#` and `-` it is written with. A part changed in place is compared word by word.
 */
import { parseProcedureText } from './procedureText';

export type Change = 'same' | 'added' | 'removed';

/** One heading, paragraph or list item of a procedure's text. */
export type TextPart =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'item'; ordered: boolean; text: string };

export interface WordChange {
  change: Change;
  text: string;
}

export type PartChange =
  | { change: Change; part: TextPart }
  /** The same kind of part, rewritten in place: the newer part, with its words marked. */
  | { change: 'changed'; part: TextPart; words: WordChange[] };

/**
 * The longest common subsequence of two sequences, as steps through both: the classic dynamic programme, which is
 * ample for procedures of a few hundred parts or a paragraph's words.
 */
export function diffSequences<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean) {
  const cols = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * cols);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i * cols + j] = same(a[i] as T, b[j] as T)
        ? (lengths[(i + 1) * cols + j + 1] ?? 0) + 1
        : Math.max(lengths[(i + 1) * cols + j] ?? 0, lengths[i * cols + j + 1] ?? 0);
    }
  }
  const steps: { change: Change; item: T }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (same(a[i] as T, b[j] as T)) {
      steps.push({ change: 'same', item: b[j] as T });
      i += 1;
      j += 1;
    } else if ((lengths[(i + 1) * cols + j] ?? 0) >= (lengths[i * cols + j + 1] ?? 0)) {
      steps.push({ change: 'removed', item: a[i] as T });
      i += 1;
    } else {
      steps.push({ change: 'added', item: b[j] as T });
      j += 1;
    }
  }
  for (; i < a.length; i += 1) steps.push({ change: 'removed', item: a[i] as T });
  for (; j < b.length; j += 1) steps.push({ change: 'added', item: b[j] as T });
  return steps;
}

export function textParts(text: string): TextPart[] {
  return parseProcedureText(text).flatMap((block): TextPart[] =>
    block.kind === 'list'
      ? block.items.map((text) => ({ kind: 'item', ordered: block.ordered, text }))
      : [block],
  );
}

function sameShape(a: TextPart, b: TextPart): boolean {
  if (a.kind === 'heading' && b.kind === 'heading') return a.level === b.level;
  if (a.kind === 'item' && b.kind === 'item') return a.ordered === b.ordered;
  return a.kind === b.kind;
}

function samePart(a: TextPart, b: TextPart): boolean {
  return sameShape(a, b) && a.text === b.text;
}

/** Words and the spaces between them, so that joining the pieces gives the text back exactly. */
function words(text: string): string[] {
  return text.split(/(\s+)/).filter((piece) => piece !== '');
}

function wordChanges(older: string, newer: string): WordChange[] {
  const merged: WordChange[] = [];
  for (const step of diffSequences(words(older), words(newer), (x, y) => x === y)) {
    const last = merged[merged.length - 1];
    if (last && last.change === step.change) last.text += step.item;
    else merged.push({ change: step.change, text: step.item });
  }
  return merged;
}

/** Whether a rewrite keeps enough of the words to be read as one part changed, not one replaced by another. */
function keepsEnough(changes: readonly WordChange[]): boolean {
  const kept = changes.filter((c) => c.change === 'same' && c.text.trim() !== '');
  const all = changes.filter((c) => c.text.trim() !== '');
  const count = (list: readonly WordChange[]) => list.reduce((n, c) => n + words(c.text.trim()).length, 0);
  return count(kept) * 2 >= count(all) - count(kept);
}

/**
 * What changed from the older text to the newer, part by part. A part taken out right where one of the same kind
 * was added, sharing enough of its words, reads as changed, with its words marked.
 */
export function compareProcedureText(older: string, newer: string): PartChange[] {
  const steps = diffSequences(textParts(older), textParts(newer), samePart);
  const result: PartChange[] = [];
  for (let index = 0; index < steps.length; index += 1) {
    const step = steps[index];
    if (!step) continue;
    if (step.change !== 'removed') {
      result.push({ change: step.change, part: step.item });
      continue;
    }
    // Removals come before the additions that replace them: pair a run of each, in order.
    let end = index;
    while (steps[end + 1]?.change === 'removed') end += 1;
    const removed = steps.slice(index, end + 1).map((s) => s.item);
    let addEnd = end;
    while (steps[addEnd + 1]?.change === 'added') addEnd += 1;
    const added = steps.slice(end + 1, addEnd + 1).map((s) => s.item);
    const pairs = Math.min(removed.length, added.length);
    for (let at = 0; at < Math.max(removed.length, added.length); at += 1) {
      const was = removed[at];
      const now = added[at];
      if (at < pairs && was && now && sameShape(was, now)) {
        const changes = wordChanges(was.text, now.text);
        if (keepsEnough(changes)) {
          result.push({ change: 'changed', part: now, words: changes });
          continue;
        }
      }
      if (was) result.push({ change: 'removed', part: was });
      if (now) result.push({ change: 'added', part: now });
    }
    index = addEnd;
  }
  return result;
}
