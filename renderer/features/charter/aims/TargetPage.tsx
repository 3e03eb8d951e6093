import { useMemo, useRef } from 'react';
import { formatValue, targetFigures } from '../../../../shared/charter/measures';
import { TARGET_DIRECTION_LABELS, TARGET_MEASURE_LABELS } from '../../../../shared/domain/charter';
import { hrefFor, navigate } from '../../../app/router/hashRoute';
import { useWriter } from '../../../app/team/useWriter';
import { SavedBanner } from '../../../ui/SavedBanner';
import { NotFoundPage } from '../../../ui/NotFoundPage';
import { useEditingPart } from '../../../ui/forms/useEditingPart';
import { PageHeader } from '../../../ui/PageHeader';
import { RecordHistory } from '../../access/history/RecordHistory';
import { ChangeOrRemove } from '../../../ui/ChangeOrRemove';
import { useActionMessage } from '../../../ui/useActionMessage';
import { deleteReading, deleteTarget } from './aimCommands';
import { CharterNav } from '../CharterNav';
import { RecordClashes } from '../../sync/RecordClashes';
import { ReadingForm } from './ReadingForm';
import { TargetForm } from './TargetForm';
import { TrendChart } from './TrendChart';
import { TrendTable } from './TrendTable';
import { useMeasureInputs } from './useMeasureInputs';
import { useLiveRows } from '../../../app/data/useLiveRows';
import { useTargetWithAim } from './useTargetWithAim';
import { useMembers } from '../../../app/data/useMembers';
import { showDate, todayIso } from '../../../../shared/dates';
import { MessageBanner } from '../../../ui/MessageBanner';
import { SummaryList, SummaryRow } from '../../../ui/SummaryList';
import { DataTable } from '../../../ui/DataTable';
import { RowButton } from '../../../ui/RowButton';

/** One target: how it is measured, its value now, its trend by quarter, and (if recorded by hand) its values. */
export function TargetPage({ targetId }: { targetId: string }) {
  const writer = useWriter();
  const found = useTargetWithAim(targetId);
  const readings = useLiveRows('targetReadings', { where: { index: 'targetId', equals: targetId } });
  const members = useMembers();
  const inputs = useMeasureInputs();
  const { editing, saved, open, close, done } = useEditingPart<'target'>('target-page');
  const removal = useActionMessage();
  const readingsHeading = useRef<HTMLHeadingElement>(null);
  const today = todayIso();
  const names = useMemo(() => new Map((members ?? []).map((member) => [member.id, member.name])), [members]);

  if (found === undefined) return null;
  if (found === null) {
    return (
      <NotFoundPage title="Target not found" heading="This target is no longer here">
        Someone may have removed it, or the aim it serves.{' '}
        <a href={hrefFor('charter')}>Back to the charter</a>
      </NotFoundPage>
    );
  }
  const { target, aim } = found;
  const figures = readings && inputs ? targetFigures(target, readings, inputs, today) : null;
  const sortedReadings = [...(readings ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <>
      <PageHeader title={target.description} />
      <CharterNav current="aims" />
      <RecordClashes table="charterTargets" recordId={target.id} />
      <SavedBanner text={saved} />
      {editing === 'target' ? (
        <section aria-labelledby="edit-target-heading">
          <h2 id="edit-target-heading">Change the target</h2>
          <TargetForm
            aimId={target.aimId}
            target={target}
            onSaved={() => done('The target is saved.')}
            onCancel={close}
          />
        </section>
      ) : (
        <>
          <SummaryList>
            <SummaryRow term="Aim">
              <a href={hrefFor('charter', 'aim', aim.id)}>{aim.title}</a>
            </SummaryRow>
            <SummaryRow term="Target">
              {TARGET_DIRECTION_LABELS[target.direction]}: {formatValue(target.targetValue, target.unit)}
            </SummaryRow>
            <SummaryRow term="Where the figure comes from">
              {TARGET_MEASURE_LABELS[target.measure]}
            </SummaryRow>
            <SummaryRow term="How it is measured" valueClassName="preserve-lines">
              {target.howMeasured}
            </SummaryRow>
            <SummaryRow term="Now">
              {figures?.current == null ? 'No figure yet' : formatValue(figures.current, target.unit)}
              {figures && <span className="muted"> — {figures.basis}</span>}
            </SummaryRow>
          </SummaryList>
          <ChangeOrRemove
            changeId="target-page-target"
            changeLabel="Change the target"
            onChange={() => open('target')}
            removeLabel="Remove this target"
            onRemove={() => deleteTarget(writer, target.id)}
            onRemoved={() => navigate('charter', 'aim', target.aimId)}
          >
            <p>
              “{target.description}” will be taken off the charter for everyone. It can be brought back, with
              the values recorded for it, from Recently deleted in Settings.
            </p>
          </ChangeOrRemove>
        </>
      )}
      {figures && (
        <section aria-labelledby="trend-heading">
          <h2 id="trend-heading">Over the last year</h2>
          <TrendChart points={figures.trend} target={target} label={`Trend of “${target.description}”`} />
          <TrendTable points={figures.trend} target={target} caption="Value for each quarter" />
        </section>
      )}
      {target.measure === 'recorded' && (
        <section aria-labelledby="readings-heading">
          <h2 id="readings-heading" tabIndex={-1} ref={readingsHeading}>
            Values recorded
          </h2>
          <MessageBanner message={removal.message} />
          {sortedReadings.length === 0 ? (
            <p>No values recorded yet.</p>
          ) : (
            <DataTable
              caption="Values recorded for this target, newest first"
              captionHidden
              columns={['Date', 'Value', 'Note', 'Recorded by', { label: 'Remove', hidden: true }]}
            >
              {sortedReadings.map((reading) => (
                <tr key={reading.id}>
                  <td>{showDate(reading.date)}</td>
                  <td>{formatValue(reading.value, target.unit)}</td>
                  <td>{reading.note}</td>
                  <td>{names.get(reading.updatedBy) ?? 'Someone no longer listed'}</td>
                  <td>
                    <RowButton
                      row={`the value for ${showDate(reading.date)}`}
                      onPress={() => {
                        const day = showDate(reading.date);
                        void removal
                          .run(
                            () => deleteReading(writer, reading.id),
                            `The value for ${day} is removed. It can be brought back from Recently deleted in Settings.`,
                          )
                          // The button pressed has gone with its row; the heading keeps the place.
                          .then(() => readingsHeading.current?.focus());
                      }}
                    >
                      Remove
                    </RowButton>
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
          <h3>Record a value</h3>
          <ReadingForm target={target} />
        </section>
      )}
      <RecordHistory table="charterTargets" record={target} />
    </>
  );
}
