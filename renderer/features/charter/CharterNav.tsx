import { hrefFor } from '../../app/router/hashRoute';

export type CharterPart = 'aims' | 'commitments' | 'procedures';

const PARTS: readonly { id: CharterPart; label: string; path: string[] }[] = [
  { id: 'aims', label: 'Aims and targets', path: ['charter'] },
  { id: 'commitments', label: 'Agency commitments', path: ['charter', 'commitments'] },
  { id: 'procedures', label: 'Procedures', path: ['charter', 'procedures'] },
];

/** The charter's three parts, as links; the current part is marked for screen readers and by an underline. */
export function CharterNav({ current }: { current: CharterPart }) {
  return (
    <nav className="charter-nav no-print" aria-label="Charter">
      <ul>
        {PARTS.map((part) => (
          <li key={part.id}>
            <a href={hrefFor(...part.path)} aria-current={part.id === current ? 'page' : undefined}>
              {part.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
