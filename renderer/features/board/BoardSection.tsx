import type { SectionProps } from '../../app/router/sectionProps';
import { hrefFor } from '../../app/router/hashRoute';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { BoardPage } from './BoardPage';
import { ManageStagesPage } from './ManageStagesPage';
import { CasePage } from '../cases/page/CasePage';
import { MyWorkPage } from '../cases/myWork/MyWorkPage';
import { NewCasePage } from '../cases/newCase/NewCasePage';
import { OutcomesPage } from '../cases/outcomes/OutcomesPage';

/**
 * The board section's pages, by the route after `#/board`. One line per page: `case/<id>`, `new`, `my-work` and
 * `outcomes` belong to the case pages (renderer/features/cases).
 */
export function BoardSection({ route }: SectionProps) {
  const [page = '', id] = route;
  switch (page) {
    case '':
      return <BoardPage />;
    case 'columns':
      return <ManageStagesPage />;
    case 'case':
      return id ? <CasePage key={id} caseId={id} /> : <NotFound what={page} />;
    case 'new':
      return <NewCasePage />;
    case 'my-work':
      return <MyWorkPage />;
    case 'outcomes':
      return <OutcomesPage />;
    default:
      return <NotFound what={id ? `${page}/${id}` : page} />;
  }
}

function NotFound({ what }: { what: string }) {
  return (
    <>
      <PageHeader title="Page not found" />
      <EmptyState title="There is no board page at this address">
        <p>
          Nothing is at “board/{what}”. <a href={hrefFor('board')}>Go to the board</a>.
        </p>
      </EmptyState>
    </>
  );
}
