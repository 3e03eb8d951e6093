import { Banner } from '../../ui/Banner';
import { describeTime } from './describe';
import type { ImportPreview } from './pipeline';

interface ImportPreviewViewProps {
  preview: ImportPreview;
  /** Joining: say what the team is rather than what changes. */
  join?: boolean;
}

function pcName(deviceId: string, deviceName: string | null, personName: string | null): string {
  if (deviceName) return personName ? `“${deviceName}” used by ${personName}` : `“${deviceName}”`;
  return personName ? `used by ${personName} (${deviceId})` : deviceId;
}

/** What a file holds and what bringing it in would do, per area, before anything is stored. */
export function ImportPreviewView({ preview, join = false }: ImportPreviewViewProps) {
  return (
    <div className="import-preview">
      <h3>What this file holds</h3>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Team</dt>
          <dd>{preview.teamName}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Saved by</dt>
          <dd>
            {preview.fromDeviceName
              ? `${preview.fromPersonName} on ${preview.fromDeviceName}`
              : `${preview.fromPersonName} on the PC ${preview.fromDeviceId}`}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Saved on</dt>
          <dd>{describeTime(preview.createdAt)}</dd>
        </div>
      </dl>
      {preview.alreadyReceivedAt ? (
        <Banner tone="info" title="Already brought in">
          <p>
            You brought this file in on {describeTime(preview.alreadyReceivedAt)} already; nothing changed.
          </p>
        </Banner>
      ) : (
        <table className="data-table">
          <caption>{join ? 'Records in the file' : 'What bringing it in would change'}</caption>
          <thead>
            <tr>
              <th scope="col">Part of the team’s work</th>
              <th scope="col">New</th>
              <th scope="col">Changed</th>
              <th scope="col">Unchanged</th>
              <th scope="col">Needs a decision</th>
            </tr>
          </thead>
          <tbody>
            {preview.areas.map((area) => (
              <tr key={area.area}>
                <th scope="row">{area.label}</th>
                <td>{area.added}</td>
                <td>{area.changed}</td>
                <td>{area.unchanged}</td>
                <td>{area.decisions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview.clocksAhead.map((clock) => (
        <Banner key={clock.deviceId} tone="warning" title="A PC’s clock seems wrong">
          <p>
            The PC {pcName(clock.deviceId, clock.deviceName, clock.personName)} seems to have its clock set
            ahead (to {describeTime(clock.wallTime)}); its changes were accepted. Ask whoever uses it to check
            its date and time.
          </p>
        </Banner>
      ))}
    </div>
  );
}
