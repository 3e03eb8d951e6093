import { hrefFor } from '../../app/router/hashRoute';

const LINKS = [
  { path: [] as string[], label: 'Directory' },
  { path: ['search'], label: 'Who can help with…' },
  { path: ['today'], label: 'Who is in today' },
  { path: ['peripheral'], label: 'Peripheral members' },
  { path: ['agencies'], label: 'Agencies' },
  { path: ['import'], label: 'Bring people in' },
];

/** The People section's own pages, under each page heading. */
export function PeopleNav({ current }: { current: string }) {
  return (
    <nav aria-label="People pages" className="people-nav no-print">
      <ul>
        {LINKS.map((link) => {
          const key = link.path[0] ?? 'directory';
          return (
            <li key={key}>
              <a href={hrefFor('people', ...link.path)} aria-current={key === current ? 'page' : undefined}>
                {link.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
