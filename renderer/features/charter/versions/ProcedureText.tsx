import { useMemo } from 'react';
import { parseProcedureText } from '../../../../shared/charter/procedureText';

interface ProcedureTextProps {
  text: string;
  /** The heading level a `#` heading becomes on this page (the page's own h1 is the procedure title). */
  topLevel?: 2 | 3;
}

/**
 * A procedure's text as headings, paragraphs and lists. Everything is rendered as text nodes, never as markup, so
 * nothing typed into a procedure can inject HTML.
 */
export function ProcedureText({ text, topLevel = 2 }: ProcedureTextProps) {
  const blocks = useMemo(() => parseProcedureText(text), [text]);
  return (
    <div className="procedure-text">
      {blocks.map((block, index) => {
        const key = `${block.kind}-${index}`;
        if (block.kind === 'heading') {
          const level = topLevel + block.level - 1;
          return level === 2 ? (
            <h2 key={key}>{block.text}</h2>
          ) : level === 3 ? (
            <h3 key={key}>{block.text}</h3>
          ) : (
            <h4 key={key}>{block.text}</h4>
          );
        }
        if (block.kind === 'list') {
          const items = block.items.map((item, itemIndex) => <li key={itemIndex}>{item}</li>);
          return block.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
        }
        return <p key={key}>{block.text}</p>;
      })}
    </div>
  );
}
