import { Banner } from '../../ui/Banner';
import { showDateTime } from '../../../shared/dates';
import { capitalised, pcWords } from './describeClocks';
import type { ImportPreview } from './pipeline';
import { SummaryList, SummaryRow } from '../../ui/SummaryList';
import { DataTable } from '../../ui/DataTable';

interface ImportPreviewViewProps {
  preview: ImportPreview;
  /** Joining: say what the team is rather than what changes. */
  join?: boolean;
}

/** What a file holds and what bringing it in would do, per area, before anything is stored. */
export function ImportPreviewView({ preview, join = false }: ImportPreviewViewProps) {
  return (
    <div className="import-preview">
      <h3>What this file holds</h3>
      <SummaryList>
        <SummaryRow term="Team">{preview.teamName}</SummaryRow>
        <SummaryRow term="Saved by">
          {preview.fromDeviceName
            ? `${preview.fromPersonName} on ${preview.fromDeviceName}`
            : `${preview.fromPersonName} on the PC ${preview.fromDeviceId}`}
        </SummaryRow>
        <SummaryRow term="Saved on">{showDateTime(preview.createdAt)}</SummaryRow>
      </SummaryList>
      {preview.alreadyReceivedAt ? (
        <Banner tone="info" title="Already brought in">
          <p>
            You brought this file in on {showDateTime(preview.alreadyReceivedAt)} already; nothing changed.
          </p>
        </Banner>
      ) : (
        <DataTable
          caption={join ? 'Records in the file' : 'What bringing it in would change'}
          columns={['Part of the team’s work', 'New', 'Changed', 'Unchanged', 'Needs a decision']}
        >
          {preview.areas.map((area) => (
            <tr key={area.area}>
              <th scope="row">{area.label}</th>
              <td>{area.added}</td>
              <td>{area.changed}</td>
              <td>{area.unchanged}</td>
              <td>{area.decisions}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {preview.clocksAhead.map((clock) => (
        <Banner key={clock.deviceId} tone="warning" title="A PC’s clock seems wrong">
          <p>
            {capitalised(pcWords(clock))} seems to have its clock set ahead, to {showDateTime(clock.wallTime)}
            . Bringing this file in dates this PC’s own changes from then on too. Ask whoever uses that PC to
            check its date and time.
          </p>
        </Banner>
      ))}
    </div>
  );
}
