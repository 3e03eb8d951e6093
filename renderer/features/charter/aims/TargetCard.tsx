import {
  formatValue,
  targetFigures,
  type MeasureInputs,
  type TargetFigures,
} from '../../../../shared/charter/measures';
import {
  TARGET_DIRECTION_LABELS,
  type CharterTarget,
  type TargetReading,
} from '../../../../shared/domain/charter';
import { hrefFor } from '../../../app/router/hashRoute';
import { TrendChart } from './TrendChart';

const STATUS: Record<TargetFigures['status'], { text: string; className: string }> = {
  met: { text: 'Met', className: 'tag tag--success' },
  'not-met': { text: 'Not met yet', className: 'tag tag--warning' },
  'no-value': { text: 'No figure yet', className: 'tag' },
};

/** One target with its current value, whether it is met, and its trend over the last year. */
export function TargetCard({ target, figures }: { target: CharterTarget; figures: TargetFigures }) {
  const status = STATUS[figures.status];
  return (
    <li className="target-card">
      <div className="target-card__text">
        <a href={hrefFor('charter', 'target', target.id)} className="target-card__title">
          {target.description}
        </a>
        <p className="target-card__goal">
          Target: {TARGET_DIRECTION_LABELS[target.direction].toLowerCase()},{' '}
          {formatValue(target.targetValue, target.unit)}
          {target.measure === 'recorded' ? ' (recorded by hand)' : ' (worked out by the app)'}
        </p>
        <p>
          Now:{' '}
          <strong>
            {figures.current === null ? 'no figure yet' : formatValue(figures.current, target.unit)}
          </strong>{' '}
          <span className={status.className}>{status.text}</span>
        </p>
        <p className="muted">{figures.basis}</p>
      </div>
      <TrendChart points={figures.trend} target={target} label={`Trend of “${target.description}”`} />
    </li>
  );
}

interface TargetListProps {
  targets: readonly CharterTarget[];
  readings: readonly TargetReading[];
  inputs: MeasureInputs;
  today: string;
}

/** An aim's targets, each with its figures as of `today`, or a line saying it has none yet. */
export function TargetList({ targets, readings, inputs, today }: TargetListProps) {
  if (targets.length === 0) return <p>No targets yet.</p>;
  return (
    <ul className="target-list">
      {targets.map((target) => (
        <TargetCard
          key={target.id}
          target={target}
          figures={targetFigures(target, readings, inputs, today)}
        />
      ))}
    </ul>
  );
}
