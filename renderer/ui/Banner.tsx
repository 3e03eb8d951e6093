import type { ReactNode } from 'react';

interface BannerProps {
  title?: string;
  tone?: 'info' | 'success' | 'warning' | 'error';
  children?: ReactNode;
  /** Announce to screen readers when it appears (for results of an action the person just took). */
  live?: boolean;
}

/** A GOV.UK-style notification banner. */
export function Banner({ title, tone = 'info', children, live = false }: BannerProps) {
  return (
    <div
      className={`banner${tone === 'info' ? '' : ` banner--${tone}`}`}
      role={live ? (tone === 'error' ? 'alert' : 'status') : undefined}
    >
      {title && <p className="banner__title">{title}</p>}
      {children}
    </div>
  );
}
