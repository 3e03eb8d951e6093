import { hrefFor } from '../../app/router/hashRoute';

/** Beside a field that two people changed unaware of each other: a link to where a person settles it. */
export function DecisionMark({ what }: { what: string }) {
  return (
    <a href={hrefFor('sync')} className="tag tag--warning decision-mark">
      Two values wait for a decision
      <span className="visually-hidden"> about the {what}</span>: settle it in Share and receive
    </a>
  );
}
