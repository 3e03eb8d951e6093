import type { SectionProps } from '../../app/router/sectionProps';
import { AgencyEditPage } from './AgencyEditPage';
import { AgencyListPage } from './AgencyListPage';
import { AgencyPage } from './AgencyPage';
import { DirectoryPage } from './DirectoryPage';
import { ImportPage } from './ImportPage';
import { MemberEditPage } from './MemberEditPage';
import { MemberProfilePage } from './MemberProfilePage';
import { PeripheralPage } from './PeripheralPage';
import { WhoCanHelpPage } from './WhoCanHelpPage';
import { WhoIsInPage } from './WhoIsInPage';
import './people.css';

/**
 * The role directory. Routes: `#/people` (cards; `#/people/table` opens as a table), `member/<id>[/edit]`,
 * `new-member`, `agencies`, `agency/<id>[/edit]`, `new-agency`, `search`, `today`, `peripheral`, `import`.
 */
export function PeopleSection({ route }: SectionProps) {
  const [page, id, action] = route;
  switch (page) {
    case 'member':
      if (id && action === 'edit') return <MemberEditPage memberId={id} />;
      if (id) return <MemberProfilePage memberId={id} />;
      break;
    case 'new-member':
      return <MemberEditPage memberId={null} />;
    case 'agency':
      if (id && action === 'edit') return <AgencyEditPage agencyId={id} />;
      if (id) return <AgencyPage agencyId={id} />;
      break;
    case 'new-agency':
      return <AgencyEditPage agencyId={null} />;
    case 'agencies':
      return <AgencyListPage />;
    case 'search':
      return <WhoCanHelpPage />;
    case 'today':
      return <WhoIsInPage />;
    case 'peripheral':
      return <PeripheralPage />;
    case 'import':
      return <ImportPage />;
    case 'table':
      return <DirectoryPage initialView="table" />;
  }
  return <DirectoryPage initialView="cards" />;
}
