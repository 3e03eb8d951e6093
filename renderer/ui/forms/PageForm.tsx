import type { ComponentProps, ReactNode } from 'react';
import { PageHeader } from '../PageHeader';
import { FormFrame } from './FormFrame';

type PageFormProps = Omit<
  ComponentProps<typeof FormFrame>,
  'showHeading' | 'headingLevel' | 'focusOnOpen'
> & {
  /** Draw the page's h1 in the form's words above it: for a page that is only this form ("Plan a session"). */
  pageHeader?: boolean;
  /** What stands before the form, after the h1 if drawn: the section's tabs, a back link, a banner. */
  beforeForm?: ReactNode;
};

/**
 * A form drawn with its page rather than opened by a button, under a heading the page already shows (its h1, or
 * a section's heading): so no heading of its own, and focus is left where the page put it (on the h1 after
 * navigation) instead of jumping to the first field.
 */
export function PageForm({ pageHeader = false, beforeForm, ...frame }: PageFormProps) {
  return (
    <>
      {pageHeader && <PageHeader title={frame.title} />}
      {beforeForm}
      <FormFrame {...frame} showHeading={false} focusOnOpen={false} />
    </>
  );
}
