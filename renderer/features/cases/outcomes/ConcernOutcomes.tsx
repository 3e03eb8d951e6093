import type { Case } from '../../../../shared/domain/cases';
import { FRAMEWORK_LABELS, openCasesByIndicator } from '../../../../shared/domain/wellbeing';
import { useWellbeing } from '../../../app/data/useWellbeing';
import { OpenCasesChart } from './OpenCasesChart';

/** Open cases by wellbeing concern, in the team's framework: where the team's joint work is going. */
export function ConcernOutcomes({ cases }: { cases: readonly Case[] }) {
  const wellbeing = useWellbeing();
  if (!wellbeing) return null;
  const rows = openCasesByIndicator(cases, wellbeing);
  return (
    <section aria-labelledby="concerns-outcome" className="case-section">
      <h2 id="concerns-outcome">Open cases by wellbeing concern</h2>
      <p>
        Today, whatever the period, in the team’s framework ({FRAMEWORK_LABELS[wellbeing.framework]}). A case
        with several concerns is counted under each.
      </p>
      {rows.length === 0 ? (
        <p>The team’s own list of indicators is empty.</p>
      ) : (
        <OpenCasesChart
          title="Open cases by wellbeing concern"
          groupHeading="Wellbeing concern"
          rows={rows.map((row) => ({ key: row.id, label: row.label, openCases: row.openCases }))}
        />
      )}
    </section>
  );
}
