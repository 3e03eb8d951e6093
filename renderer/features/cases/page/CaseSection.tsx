import type { ReactNode } from 'react';
import { SavedBanner } from '../../../ui/SavedBanner';

interface CaseSectionFrameProps {
  /** Names the section: its heading's id is `<id>-heading`, which the page's contents and tests find it by. */
  id: string;
  title: ReactNode;
  /** What the section's last save did ("Action added."), read out as it appears. */
  saved?: string | null | undefined;
  className?: string;
  children: ReactNode;
}

/** One part of a case page: a section named by its heading, with the message of its last save at the top. */
export function CaseSection({ id, title, saved, className, children }: CaseSectionFrameProps) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className={className ? `case-section ${className}` : 'case-section'}
    >
      <h2 id={`${id}-heading`}>{title}</h2>
      <SavedBanner text={saved ?? null} />
      {children}
    </section>
  );
}
