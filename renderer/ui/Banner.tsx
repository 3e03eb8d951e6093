import { useEffect, useRef, type ReactNode } from 'react';

interface BannerProps {
  title?: string;
  tone?: 'info' | 'success' | 'warning' | 'error';
  children?: ReactNode;
  /** Announce to screen readers when it appears (for results of an action the person just took). */
  live?: boolean;
  /**
   * Take focus when it appears: for the result of an action whose own control is gone or far away (a dialog
   * that closed, a form that emptied), so keyboard users land on what happened instead of the top of the page.
   */
  takeFocus?: boolean;
}

/** A GOV.UK-style notification banner. */
export function Banner({ title, tone = 'info', children, live = false, takeFocus = false }: BannerProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  return (
    <div
      ref={ref}
      className={`banner${tone === 'info' ? '' : ` banner--${tone}`}`}
      role={live ? (tone === 'error' ? 'alert' : 'status') : undefined}
      tabIndex={takeFocus ? -1 : undefined}
    >
      {title && <p className="banner__title">{title}</p>}
      {children}
    </div>
  );
}
