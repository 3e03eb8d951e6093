import type { SectionProps } from '../../app/router/sectionProps';
import { AgencyEditPage } from './agencies/AgencyEditPage';
import { AgencyListPage } from './agencies/AgencyListPage';
import { AgencyPage } from './agencies/AgencyPage';
import { DirectoryPage } from './directory/DirectoryPage';
import { ImportPage } from './import/ImportPage';
import { MemberEditPage } from './members/MemberEditPage';
import { MemberProfilePage } from './MemberProfilePage';
import { PeripheralPage } from './peripheral/PeripheralPage';
import { SearchWordsPage } from './whoCanHelp/SearchWordsPage';
import { WhoCanHelpPage } from './whoCanHelp/WhoCanHelpPage';
import { WhoIsInPage } from './whoCanHelp/WhoIsInPage';
import './people.css';

/**
 * The role directory. Routes: `#/people` (cards; `#/people/table` opens as a table), `member/<id>[/edit]`,
 * `new-member`, `agencies`, `agency/<id>[/edit]`, `new-agency`, `search` (`search/words`: the team's own words), `today`, `peripheral`, `import`.
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
      return id === 'words' ? <SearchWordsPage /> : <WhoCanHelpPage />;
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
