import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  children?: ReactNode;
}

/** Each screen's one h1. The shell moves focus to it after navigation so screen readers hear where they are. */
export function PageHeader({ title, children }: PageHeaderProps) {
  return (
    <div className="page-header">
      <h1 tabIndex={-1} data-page-title>
        {title}
      </h1>
      {children && <div className="button-row">{children}</div>}
    </div>
  );
}
