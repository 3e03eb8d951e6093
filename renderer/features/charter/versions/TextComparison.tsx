import type { ReactNode } from 'react';
import type { PartChange, TextPart, WordChange } from '../../../../shared/charter/textDiff';

const LABELS = { added: 'Added', removed: 'Taken out', changed: 'Changed' } as const;

/** Words added or taken out inside a changed part: struck through or underlined, coloured, and said in words. */
function Words({ words }: { words: readonly WordChange[] }) {
  return (
    <>
      {words.map((word, index) =>
        word.change === 'same' ? (
          word.text
        ) : word.change === 'added' ? (
          <ins key={index} className="text-diff__words--added">
            <span className="visually-hidden">[added: </span>
            {word.text}
            <span className="visually-hidden">]</span>
          </ins>
        ) : (
          <del key={index} className="text-diff__words--removed">
            <span className="visually-hidden">[taken out: </span>
            {word.text}
            <span className="visually-hidden">]</span>
          </del>
        ),
      )}
    </>
  );
}

function Marked({ change }: { change: PartChange }) {
  const content = change.change === 'changed' ? <Words words={change.words} /> : change.part.text;
  if (change.change === 'same') return <>{content}</>;
  const Tag = change.change === 'removed' ? 'del' : change.change === 'added' ? 'ins' : 'span';
  return (
    <Tag className={`text-diff__part text-diff__part--${change.change}`}>
      <strong className={`tag text-diff__tag text-diff__tag--${change.change}`}>
        {LABELS[change.change]}
      </strong>{' '}
      {content}
    </Tag>
  );
}

function block(part: TextPart, topLevel: 2 | 3, key: string, children: ReactNode): ReactNode {
  if (part.kind === 'heading') {
    return part.level === 1 && topLevel === 2 ? <h2 key={key}>{children}</h2> : <h3 key={key}>{children}</h3>;
  }
  return <p key={key}>{children}</p>;
}

/**
 * Two versions of a procedure compared as they read: headings, paragraphs and lists rendered as on the version's
 * page, each part added, taken out or changed named in words beside its colour and its line (struck through or
 * underlined), so the change is clear without colour and to a screen reader.
 */
export function TextComparison({
  changes,
  topLevel = 2,
}: {
  changes: readonly PartChange[];
  topLevel?: 2 | 3;
}) {
  const out: ReactNode[] = [];
  for (let index = 0; index < changes.length; index += 1) {
    const change = changes[index];
    if (!change) continue;
    const { part } = change;
    if (part.kind !== 'item') {
      out.push(block(part, topLevel, `part-${index}`, <Marked change={change} />));
      continue;
    }
    // Consecutive items of one kind of list are one list, as on the version's own page.
    const items: { change: PartChange; at: number }[] = [];
    for (let at = index; at < changes.length; at += 1) {
      const next = changes[at];
      if (next?.part.kind !== 'item' || next.part.ordered !== part.ordered) break;
      items.push({ change: next, at });
    }
    const lis = items.map((item) => (
      <li key={item.at} className={`text-diff__item text-diff__item--${item.change.change}`}>
        <Marked change={item.change} />
      </li>
    ));
    out.push(part.ordered ? <ol key={`list-${index}`}>{lis}</ol> : <ul key={`list-${index}`}>{lis}</ul>);
    index += items.length - 1;
  }
  return <div className="procedure-text text-diff">{out}</div>;
}
