import { useMemo } from 'react';
import { hrefFor } from '../../../app/router/hashRoute';
import { namedConcerns } from '../../../../shared/domain/wellbeing';
import { useWellbeing } from '../../../app/data/useWellbeing';
import { byId, professionLabel } from '../../../../shared/people/members';
import { suggestForCase } from '../../../../shared/people/teamAroundChild';
import { useCaseTeam } from './useCaseTeam';
import { useMembers } from '../../../app/data/useMembers';
import '../people.css';

/**
 * On a case page: gaps in the team around the child for the case's wellbeing concerns, and members whose
 * profession or skills fit, with why.
 */
export function TeamSuggestions({ caseId }: { caseId: string }) {
  const caseTeam = useCaseTeam(caseId);
  const members = useMembers();
  const wellbeing = useWellbeing();
  const advice = useMemo(() => {
    if (!caseTeam || !members || !wellbeing) return null;
    const memberMap = byId(members);
    const involved = caseTeam.involvedIds.flatMap((id) => memberMap.get(id) ?? []);
    return suggestForCase(namedConcerns(caseTeam.concerns, wellbeing), involved, members);
  }, [caseTeam, members, wellbeing]);
  if (!caseTeam || !advice) return null;
  return (
    <section aria-labelledby={`team-suggestions-${caseId}`} className="team-suggestions">
      <h2 id={`team-suggestions-${caseId}`}>Who else could help</h2>
      {caseTeam.concerns.length === 0 ? (
        <p>Record the wellbeing concerns for this case to see who in the team could help.</p>
      ) : (
        <>
          {advice.gaps.length > 0 && (
            <div className="banner banner--warning">
              <p className="banner__title">
                <span aria-hidden="true">⚠ </span>Gaps in the team around the child
              </p>
              <ul>
                {advice.gaps.map((gap) => (
                  <li key={gap.concern}>{gap.message}</li>
                ))}
              </ul>
            </div>
          )}
          {advice.suggestions.length === 0 ? (
            <p>Nobody else in the directory fits these concerns.</p>
          ) : (
            <ul className="plain-list">
              {advice.suggestions.map((suggestion) => (
                <li key={suggestion.member.id}>
                  <a href={hrefFor('people', 'member', suggestion.member.id)}>{suggestion.member.name}</a>
                  <span className="muted">
                    {' '}
                    — {suggestion.member.roleTitle || professionLabel(suggestion.member)}
                  </span>
                  <br />
                  Could help with: {suggestion.concerns.join(', ')}
                  {suggestion.reasons.length > 0 && (
                    <span className="muted"> ({suggestion.reasons.join('; ')})</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
