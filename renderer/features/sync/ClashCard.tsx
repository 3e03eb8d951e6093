import { describeValue } from './describe';
import type { ClashItem } from './useClashItems';

/** A record whose details no longer fit together: what clashes, the values now, and where to settle it. */
export function ClashCard({ item }: { item: ClashItem }) {
  return (
    <li className="card decision">
      <h3 tabIndex={-1}>{item.title}</h3>
      <p>{item.clash}.</p>
      <dl className="summary-list">
        {item.fields.map((field) => (
          <div key={field.label} className="summary-list__row">
            <dt>{field.label.charAt(0).toUpperCase() + field.label.slice(1)}</dt>
            <dd>{describeValue(field.value)}</dd>
          </div>
        ))}
      </dl>
      <p>
        Check which is right and change the details: saving values that fit together settles it.
        {item.href && (
          <>
            {' '}
            <a href={item.href}>
              Change the details<span className="visually-hidden"> of {item.title}</span>
            </a>
          </>
        )}
      </p>
    </li>
  );
}
