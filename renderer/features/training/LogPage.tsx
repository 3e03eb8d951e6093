import { useState } from 'react';
import { TRAINING_TYPES, TRAINING_TYPE_LABELS } from '../../../shared/domain/training';
import { byEntry } from '../../../shared/training/attendance';
import { hrefFor } from '../../app/router/hashRoute';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { SelectField } from '../../ui/forms/SelectField';
import { EntryTable } from './EntryTable';
import { TrainingNav } from './TrainingNav';
import { useTrainingEntries } from './useTrainingEntries';
import { useLiveRows } from '../../app/data/useLiveRows';

const TYPE_FILTER = TRAINING_TYPES.map((type) => ({ value: type, label: TRAINING_TYPE_LABELS[type] }));

/** The team's training log: everything done, newest first, with a filter by type. */
export function LogPage() {
  const entries = useTrainingEntries();
  const attendance = useLiveRows('trainingAttendance');
  const [type, setType] = useState('');
  const done = (entries ?? []).filter(
    (entry) => entry.status === 'done' && (type === '' || entry.type === type),
  );
  return (
    <>
      <PageHeader title="Training">
        <a className="button" href={hrefFor('training', 'new')}>
          Log training
        </a>
        <a className="button button--secondary" href={hrefFor('training', 'plan')}>
          Plan training
        </a>
      </PageHeader>
      <TrainingNav current="log" />
      {entries && attendance && (
        <section aria-labelledby="log-heading">
          <h2 id="log-heading">Training log</h2>
          <SelectField
            id="type-filter"
            label="Show"
            value={type}
            options={TYPE_FILTER}
            emptyLabel="All types of training"
            onChange={setType}
          />
          {done.length === 0 ? (
            <EmptyState title="No training logged yet">
              <p>
                Log courses, shadowing, inductions and learning on the job, so each person has a record and
                the team can see who has trained together.
              </p>
            </EmptyState>
          ) : (
            <EntryTable
              caption="Training done, newest first"
              entries={done}
              attendance={byEntry(attendance)}
            />
          )}
        </section>
      )}
    </>
  );
}
