import { Label, ProgressBar } from 'react-aria-components';
import type { ProgressState } from './useImportFlow';
import type { Step } from './pipeline';

const STEP_LABELS: Record<Step, string> = {
  locking: 'Locking the file with the team passphrase',
  opening: 'Unlocking the file',
  checking: 'Checking every record in the file',
  comparing: 'Comparing the file with this PC',
  saving: 'Storing the changes on this PC',
};

/** Where each step sits on one bar from 0 to 100. */
const STEP_SPAN: Record<Step, [number, number]> = {
  locking: [0, 100],
  opening: [0, 30],
  checking: [30, 50],
  comparing: [50, 100],
  saving: [0, 100],
};

export function ProgressView({ progress, label }: { progress: ProgressState; label: string }) {
  const [from, to] = STEP_SPAN[progress.step];
  const value = Math.round(from + (to - from) * Math.min(1, Math.max(0, progress.fraction)));
  const stepLabel = STEP_LABELS[progress.step];
  return (
    <ProgressBar value={value} valueLabel={`${stepLabel}: ${value}%`} className="sync-progress">
      {({ percentage }) => (
        <>
          <Label className="sync-progress__label">{label}</Label>
          <span className="sync-progress__text">
            {stepLabel} ({value}%)
          </span>
          <div className="sync-progress__track">
            <div className="sync-progress__fill" style={{ width: `${percentage ?? 0}%` }} />
          </div>
        </>
      )}
    </ProgressBar>
  );
}
