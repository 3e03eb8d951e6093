import { hrefFor } from '../../app/router/hashRoute';
import { PageHeader } from '../../ui/PageHeader';

/** What a reflection address shows when the record is not there (deleted, or never came to this PC). */
export function NotFound({ what }: { what: string }) {
  return (
    <>
      <PageHeader title="Not found" />
      <p>
        {what} is not on this PC. It may have been deleted.{' '}
        <a href={hrefFor('reflection')}>Go to Reflection</a>.
      </p>
    </>
  );
}
