import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  /** The page's main action, a link drawn as the primary button ("Add an agency"); `false` when this person may not. */
  action?: { label: string; href: string } | false | undefined;
  /** Other buttons after it. */
  children?: ReactNode;
}

/** Each screen's one h1. The shell moves focus to it after navigation so screen readers hear where they are. */
export function PageHeader({ title, action, children }: PageHeaderProps) {
  return (
    <div className="page-header">
      <h1 tabIndex={-1} data-page-title>
        {title}
      </h1>
      {(action || children) && (
        <div className="button-row">
          {action && (
            <a className="button" href={action.href}>
              {action.label}
            </a>
          )}
          {children}
        </div>
      )}
    </div>
  );
}
