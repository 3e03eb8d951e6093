import type { Case } from '../../../../shared/domain/cases';
import { FRAMEWORK_LABELS, openCasesByIndicator } from '../../../../shared/domain/wellbeing';
import { useWellbeing } from '../../../app/data/useWellbeing';
import { BarChart } from './BarChart';

/** Open cases by wellbeing concern, in the team's framework: where the team's joint work is going. */
export function ConcernOutcomes({ cases }: { cases: readonly Case[] }) {
  const wellbeing = useWellbeing();
  if (!wellbeing) return null;
  const rows = openCasesByIndicator(cases, wellbeing);
  const most = Math.max(1, ...rows.map((row) => row.openCases));
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
        <>
          <BarChart
            title="Open cases by wellbeing concern"
            max={most}
            bars={rows.map((row) => ({
              label: row.label,
              value: row.openCases,
              text: String(row.openCases),
            }))}
          />
          <table className="data-table">
            <caption className="visually-hidden">Open cases by wellbeing concern</caption>
            <thead>
              <tr>
                <th scope="col">Wellbeing concern</th>
                <th scope="col">Open cases</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>{row.label}</td>
                  <td>{row.openCases}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
