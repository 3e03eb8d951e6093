import { Label, Radio, RadioGroup } from 'react-aria-components';
import type { SessionAttendance } from '../../../../shared/domain/reflection';
import { useCurrentMembers } from '../../../app/data/useCurrentMembers';
import { useWriter } from '../../../app/team/useWriter';
import { markAttendance } from './sessionCommands';

const CHOICES = [
  { value: 'none', label: 'Not marked' },
  { value: 'attended', label: 'Attended' },
  { value: 'apologies', label: 'Sent apologies' },
] as const;

/** Everyone in the directory, each marked attended or sent apologies with one click or arrow key. */
export function AttendanceList({
  sessionId,
  attendance,
}: {
  sessionId: string;
  attendance: readonly SessionAttendance[];
}) {
  const writer = useWriter();
  const members = useCurrentMembers();
  const byMember = new Map(attendance.map((row) => [row.memberId, row.status]));
  const attended = attendance.filter((row) => row.status === 'attended').length;
  const apologies = attendance.filter((row) => row.status === 'apologies').length;
  return (
    <section aria-labelledby="attendance-heading" className="reflection-block">
      <h2 id="attendance-heading">Who came</h2>
      <p>
        {attended} attended, {apologies} sent apologies.
      </p>
      <ul className="attendance-list">
        {(members ?? []).map((member) => (
          <li key={member.id}>
            <RadioGroup
              className="attendance-row"
              orientation="horizontal"
              value={byMember.get(member.id) ?? 'none'}
              onChange={(value) => {
                const status = value === 'attended' || value === 'apologies' ? value : null;
                void markAttendance(writer, sessionId, member.id, status);
              }}
            >
              <Label className="attendance-row__name">{member.name}</Label>
              {CHOICES.map((choice) => (
                <Radio key={choice.value} value={choice.value} className="radio">
                  {choice.label}
                </Radio>
              ))}
            </RadioGroup>
          </li>
        ))}
      </ul>
    </section>
  );
}
