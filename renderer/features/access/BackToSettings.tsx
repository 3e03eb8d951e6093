import { hrefFor } from '../../app/router/hashRoute';

export function BackToSettings() {
  return (
    <p>
      <a href={hrefFor('settings')}>Back to settings</a>
    </p>
  );
}
