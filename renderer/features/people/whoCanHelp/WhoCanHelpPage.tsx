import { useDeferredValue, useMemo, useState } from 'react';
import { Input, Label, SearchField, Text } from 'react-aria-components';
import { hrefFor } from '../../../app/router/hashRoute';
import { byId, agencyName, professionLabel } from '../../../../shared/people/members';
import {
  HELP_EXAMPLES,
  MATCH_FIELD_LABELS,
  alsoSearched,
  buildSearchIndex,
  searchPeople,
} from '../../../../shared/people/search';
import { PageHeader } from '../../../ui/PageHeader';
import { PeopleNav } from '../PeopleNav';
import { useAgencies } from '../../../app/data/useAgencies';
import { useMembers } from '../../../app/data/useMembers';
import { useSearchGroups } from '../../../app/data/useSearchGroups';

const SHOWN = 20;

/** "Who can help with…": type a need, see who in the team has the skill, profession or experience, best first. */
export function WhoCanHelpPage() {
  const members = useMembers();
  const agencies = useAgencies();
  const groups = useSearchGroups();
  const [query, setQuery] = useState('');
  const agencyMap = useMemo(() => byId(agencies ?? []), [agencies]);
  const index = useMemo(() => buildSearchIndex(members ?? [], agencyMap), [members, agencyMap]);
  const results = useMemo(() => searchPeople(index, query, groups), [index, query, groups]);
  const also = useMemo(() => alsoSearched(query, groups), [query, groups]);
  // The spoken count waits for typing to settle a little, so a screen reader is not interrupted on every key.
  const spokenQuery = useDeferredValue(query);
  const count = results.length;
  const countText =
    query.trim() === ''
      ? 'Type a need to see who can help.'
      : count === 0
        ? `Nobody found for “${spokenQuery.trim()}”. Try another word, such as a skill or a profession.`
        : `${count} ${count === 1 ? 'person' : 'people'} found for “${spokenQuery.trim()}”.`;
  return (
    <>
      <PageHeader title="Who can help with…" />
      <PeopleNav current="search" />
      <SearchField className="field search-field" value={query} onChange={setQuery} autoFocus={false}>
        <Label>What do you need help with?</Label>
        <Text slot="description" className="field__hint">
          For example: {HELP_EXAMPLES.join(', ')}. Abbreviations, other names for the same thing and plurals
          are understood, and the team’s own words.
        </Text>
        <Input id="help-search" className="input" />
      </SearchField>
      <p className="no-print">
        <a href={hrefFor('people', 'search', 'words')}>The words the search understands</a>
      </p>
      <p
        role="status"
        aria-live="polite"
        className="search-count"
        data-count={query.trim() === '' ? '' : count}
        data-query={query}
      >
        {countText}
      </p>
      {query.trim() !== '' && also.length > 0 && (
        <p className="muted">Also looking for: {also.join(', ')}.</p>
      )}
      {count > 0 && (
        <ol className="search-results">
          {results.slice(0, SHOWN).map((result) => (
            <li key={result.member.id} className="card search-result">
              <h2 className="person-card__name">
                <a href={hrefFor('people', 'member', result.member.id)}>{result.member.name}</a>
              </h2>
              <p>
                {result.member.roleTitle || professionLabel(result.member)}
                {agencyName(agencyMap, result.member.employingAgencyId) && (
                  <span className="muted"> · {agencyName(agencyMap, result.member.employingAgencyId)}</span>
                )}
                {result.member.status === 'on-leave' && <span className="tag tag--warning">On leave</span>}
              </p>
              <p className="muted">
                Matched on:{' '}
                {result.reasons
                  .slice(0, 3)
                  .map((reason) =>
                    reason.label
                      ? `${MATCH_FIELD_LABELS[reason.field]}: ${reason.label}`
                      : MATCH_FIELD_LABELS[reason.field],
                  )
                  .join('; ')}
              </p>
            </li>
          ))}
        </ol>
      )}
      {count > SHOWN && <p>Showing the best {SHOWN}. Add another word to narrow the search.</p>}
    </>
  );
}
