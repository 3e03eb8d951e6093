import { Banner } from '../Banner';
import { ErrorSummary } from './ErrorSummary';
import type { SaveForm } from './useSaveForm';

/**
 * What went wrong with the last save: the error summary linking to each field, and a banner for a problem that
 * belongs to no one field. The top of every FormFrame; on its own above a page of several small forms that share
 * one useSaveForm.
 */
export function FormMessages({ form }: { form: SaveForm }) {
  return (
    <>
      <ErrorSummary errors={form.errors} attempt={form.attempt} />
      {form.problem && (
        <Banner tone="error" live>
          {form.problem}
        </Banner>
      )}
    </>
  );
}
