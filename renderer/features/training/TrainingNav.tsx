import { hrefFor } from '../../app/router/hashRoute';

export type TrainingPage = 'log' | 'planned' | 'required' | 'record' | 'coverage';

const PAGES: readonly { id: TrainingPage; label: string; path: string[] }[] = [
  { id: 'log', label: 'Training log', path: [] },
  { id: 'planned', label: 'Planned training', path: ['planned'] },
  { id: 'required', label: 'Required training', path: ['required'] },
  { id: 'record', label: 'My record', path: ['record'] },
  { id: 'coverage', label: 'Team coverage', path: ['coverage'] },
];

/** Links between the training pages; the current one is marked for screen readers and by an underline. */
export function TrainingNav({ current }: { current: TrainingPage | null }) {
  return (
    <nav className="training-nav no-print" aria-label="Training pages">
      <ul>
        {PAGES.map((page) => (
          <li key={page.id}>
            <a
              href={hrefFor('training', ...page.path)}
              aria-current={page.id === current ? 'page' : undefined}
            >
              {page.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
