import type { SectionProps } from '../../app/router/sectionProps';
import { AimForm } from './aims/AimForm';
import { AimPage } from './aims/AimPage';
import { AimsPage } from './aims/AimsPage';
import { CharterNav } from './CharterNav';
import { CommitmentPage } from './commitments/CommitmentPage';
import { CommitmentsPage } from './commitments/CommitmentsPage';
import { ComparePage } from './versions/ComparePage';
import { NewProcedurePage } from './procedures/NewProcedurePage';
import { ProcedurePage } from './procedures/ProcedurePage';
import { ProceduresPage } from './procedures/ProceduresPage';
import { TargetPage } from './aims/TargetPage';
import { VersionPage } from './versions/VersionPage';
import { navigate } from '../../app/router/hashRoute';
import { PageHeader } from '../../ui/PageHeader';
import './charter.css';

/**
 * The team charter: joint aims and targets (`#/charter`), agency commitments (`#/charter/commitments`) and the
 * team's procedures with their versions (`#/charter/procedures`, `#/charter/procedure/<id>/...`).
 */
export function CharterSection({ route }: SectionProps) {
  const [page, id, sub, a, b] = route;
  if (page === 'new-aim') {
    return (
      <>
        <PageHeader title="Add an aim" />
        <CharterNav current="aims" />
        <AimForm
          onSaved={(aimId) => navigate('charter', 'aim', aimId)}
          onCancel={() => navigate('charter')}
        />
      </>
    );
  }
  if (page === 'aim' && id) return <AimPage key={id} aimId={id} />;
  if (page === 'target' && id) return <TargetPage key={id} targetId={id} />;
  if (page === 'commitments') return <CommitmentsPage />;
  if (page === 'commitment' && id) return <CommitmentPage key={id} commitmentId={id} />;
  if (page === 'procedures') return <ProceduresPage />;
  if (page === 'new-procedure') return <NewProcedurePage />;
  if (page === 'procedure' && id) {
    if (sub === 'version' && a) return <VersionPage key={a} procedureId={id} versionId={a} />;
    if (sub === 'compare' && a && b) return <ComparePage procedureId={id} olderId={a} newerId={b} />;
    return <ProcedurePage key={id} procedureId={id} />;
  }
  return <AimsPage />;
}
