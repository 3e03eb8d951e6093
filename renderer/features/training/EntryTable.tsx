import type { TrainingAttendance, TrainingEntry } from '../../../shared/domain/training';
import { TRAINING_TYPE_LABELS } from '../../../shared/domain/training';
import { formatHours } from '../../../shared/training/record';
import { hrefFor } from '../../app/router/hashRoute';
import { showDate } from '../../../shared/dates';
import { DataTable } from '../../ui/DataTable';

interface EntryTableProps {
  caption: string;
  entries: readonly TrainingEntry[];
  attendance: ReadonlyMap<string, TrainingAttendance[]>;
  /** Planned events show how many are invited; done entries how many attended. */
  planned?: boolean;
}

export function EntryTable({ caption, entries, attendance, planned = false }: EntryTableProps) {
  return (
    <div className="scroll-x">
      <DataTable
        caption={caption}
        captionHidden
        columns={['Date', 'Title', 'Type', 'Hours', planned ? 'Invited' : 'People from the team']}
      >
        {entries.map((entry) => {
          const rows = attendance.get(entry.id) ?? [];
          const count = planned ? rows.length : rows.filter((row) => row.attended === true).length;
          return (
            <tr key={entry.id}>
              <td>{showDate(entry.date)}</td>
              <td>
                <a href={hrefFor('training', 'entry', entry.id)}>{entry.title}</a>
              </td>
              <td>{TRAINING_TYPE_LABELS[entry.type]}</td>
              <td>{formatHours(entry.hours)}</td>
              <td>{count}</td>
            </tr>
          );
        })}
      </DataTable>
    </div>
  );
}
