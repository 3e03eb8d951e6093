import { useEffect, useRef, type ReactNode } from 'react';
import { TeamSwitcher } from '../../../app/team/TeamSwitcher';

/** The frame of every sign-in and lock screen: the app's name, the team switcher where it is safe, one heading. */
export function AccessLayout({
  title,
  underneath,
  children,
}: {
  title: string;
  underneath: boolean;
  children: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Joined Up`;
  }, [title]);
  return (
    <div className={underneath ? 'access-overlay' : 'access-page'} data-access-screen>
      <header className="access-bar">
        <span className="access-bar__name">Joined Up</span>
        {/* Opening another team from a lock screen would close the locked person's work, so it is offered only here. */}
        {!underneath && <TeamSwitcher />}
      </header>
      <main className="centered-page" id="access-main">
        <h1 ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </main>
    </div>
  );
}
