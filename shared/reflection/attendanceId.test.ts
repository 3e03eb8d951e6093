import { describe, expect, it } from 'vitest';
import { uuidSchema } from '../sync/record';
import { attendanceId } from './attendanceId';

const session = '5b0c8f1e-3d7a-4c2b-9e6f-1a2b3c4d5e6f';
const member = '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f';

describe('attendance record ids', () => {
  it('are the same on every PC for one person at one session', () => {
    expect(attendanceId(session, member)).toBe(attendanceId(session, member));
  });

  it('differ between people and between sessions', () => {
    expect(attendanceId(session, member)).not.toBe(attendanceId(member, session));
    expect(attendanceId(session, member)).not.toBe(attendanceId(session, session));
  });

  it('pass the record id check', () => {
    expect(uuidSchema.safeParse(attendanceId(session, member)).success).toBe(true);
  });
});
