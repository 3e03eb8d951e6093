import { hrefFor } from '../../app/router/hashRoute';
import { HistoryPage } from './history/HistoryPage';
import { RecentlyDeletedPage } from './keeping/RecentlyDeletedPage';
import { RetentionPage } from './keeping/RetentionPage';
import { ReviewPage } from './roles/ReviewPage';
import { RolesPage } from './roles/RolesPage';
import { TeamPassphrasePage } from './team/TeamPassphrasePage';
import { TeamPrivacyPage } from './team/TeamPrivacyPage';
import { WellbeingFrameworkPage } from './team/WellbeingFrameworkPage';

/**
 * The pages under Settings that this feature owns: `#/settings/history`, `/review`, `/roles`, `/privacy`,
 * `/passphrase`, `/deleted`, `/retention`, `/wellbeing`.
 */
const PAGES = {
  history: { label: 'Change history', hint: 'Who changed what, and when.', component: HistoryPage },
  review: {
    label: 'Changes for a leader to review',
    hint: 'Changes from other PCs that their makers were not allowed to make.',
    component: ReviewPage,
  },
  roles: {
    label: 'Roles and PINs',
    hint: 'Team leaders and members; clear a PIN on this PC.',
    component: RolesPage,
  },
  privacy: {
    label: 'Privacy in the team',
    hint: 'Who reads people’s own training reflections.',
    component: TeamPrivacyPage,
  },
  wellbeing: {
    label: 'Wellbeing framework',
    hint: 'The indicators the team tags cases with: SHANARRI, England’s, Wales’s or its own.',
    component: WellbeingFrameworkPage,
  },
  passphrase: {
    label: 'Team passphrase',
    hint: 'When it was last changed; a team leader changes it when someone leaves.',
    component: TeamPassphrasePage,
  },
  deleted: {
    label: 'Recently deleted',
    hint: 'Bring back something deleted by mistake.',
    component: RecentlyDeletedPage,
  },
  retention: {
    label: 'Keeping closed cases',
    hint: 'How long closed cases are kept, and those past that time.',
    component: RetentionPage,
  },
} as const;

type PageId = keyof typeof PAGES;

export function isAccessPage(segment: string | undefined): segment is PageId {
  return segment !== undefined && Object.hasOwn(PAGES, segment);
}

export function AccessPage({ page }: { page: PageId }) {
  const Page = PAGES[page].component;
  return <Page />;
}

/** Links from the Settings page to the pages above. */
export function AccessLinks() {
  return (
    <section aria-labelledby="access-links-heading" className="settings-block">
      <h2 id="access-links-heading">People, history and records</h2>
      <ul>
        {(Object.keys(PAGES) as PageId[]).map((id) => (
          <li key={id}>
            <a href={hrefFor('settings', id)}>{PAGES[id].label}</a> — {PAGES[id].hint}
          </li>
        ))}
      </ul>
    </section>
  );
}
