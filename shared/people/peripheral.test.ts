import { describe, expect, it } from 'vitest';
import { makeInvolvement, makeMember } from '../../tests/factories/records';
import {
  NO_ACTIVITY,
  lastActiveByMember,
  peripheralReasons,
  peripheralView,
  type Activity,
} from './peripheral';

const TODAY = '2026-11-22';

function activity(partial: Partial<Activity>): Activity {
  return { ...NO_ACTIVITY, ...partial };
}

describe('who counts as a peripheral member', () => {
  it('names part-timers by their hours, and full-timers in the office fewer than five days by their days', () => {
    expect(peripheralReasons(makeMember({ hoursPerWeek: 18.5 }))).toEqual([
      { kind: 'part-time', text: 'Part-time: 18.5 hours a week' },
    ]);
    expect(peripheralReasons(makeMember({ hoursPerWeek: 37.5, officeDays: ['mon', 'wed'] }))[0]?.text).toBe(
      'In the office 2 days a week',
    );
    expect(peripheralReasons(makeMember({ hoursPerWeek: 30 }))).toEqual([]);
  });

  it('sees a secondment from a different host agency or from secondment dates alone', () => {
    const employer = '11111111-1111-4111-8111-111111111111';
    const host = '22222222-2222-4222-8222-222222222222';
    expect(peripheralReasons(makeMember({ employingAgencyId: employer, hostAgencyId: host }))[0]?.kind).toBe(
      'seconded',
    );
    expect(peripheralReasons(makeMember({ employingAgencyId: employer, hostAgencyId: employer }))).toEqual(
      [],
    );
    expect(peripheralReasons(makeMember({ secondmentEnd: '2027-03-31' }))[0]?.text).toBe(
      'Seconded until 31 March 2027',
    );
  });

  it('marks people not based in the shared office without also calling them part-time', () => {
    const reasons = peripheralReasons(makeMember({ coLocated: false, officeDays: [] }));
    expect(reasons.map((reason) => reason.kind)).toEqual(['not-co-located']);
  });
});

describe('secondments ending soon', () => {
  const ending = (end: string) =>
    peripheralView([makeMember({ secondmentStart: '2026-01-01', secondmentEnd: end })], NO_ACTIVITY, TODAY)
      .endingSoon;

  it('include one ending today and one ending in exactly 30 days', () => {
    expect(ending(TODAY)[0]?.daysLeft).toBe(0);
    expect(ending('2026-12-22')[0]?.daysLeft).toBe(30);
  });

  it('leave out one ending in 31 days and one that ended yesterday', () => {
    expect(ending('2026-12-23')).toEqual([]);
    expect(ending('2026-11-21')).toEqual([]);
  });
});

describe('members not involved lately', () => {
  const member = makeMember();
  const quiet = (a: Activity) => peripheralView([member], a, TODAY).notInvolved.map((q) => q.member.id);

  it('counts someone involved in a case until exactly 60 days ago, but not 61', () => {
    expect(
      quiet(activity({ involvements: [makeInvolvement({ memberId: member.id, until: '2026-09-23' })] })),
    ).toEqual([]);
    expect(
      quiet(activity({ involvements: [makeInvolvement({ memberId: member.id, until: '2026-09-22' })] })),
    ).toEqual([member.id]);
  });

  it('counts an open involvement as today, and ignores deleted ones', () => {
    expect(
      quiet(activity({ involvements: [makeInvolvement({ memberId: member.id, until: null })] })),
    ).toEqual([]);
    expect(
      quiet(
        activity({ involvements: [makeInvolvement({ memberId: member.id, until: null, deleted: true })] }),
      ),
    ).toEqual([member.id]);
  });

  it('counts a reflection session attended, but not apologies or a session still to come', () => {
    const sessions = [
      { id: 's1', date: '2026-09-23', deleted: false },
      { id: 's2', date: '2026-12-01', deleted: false },
    ];
    const attended = { sessionId: 's1', memberId: member.id, status: 'attended', deleted: false };
    expect(quiet(activity({ sessions, sessionAttendance: [attended] }))).toEqual([]);
    expect(quiet(activity({ sessions, sessionAttendance: [{ ...attended, status: 'apologies' }] }))).toEqual([
      member.id,
    ]);
    expect(quiet(activity({ sessions, sessionAttendance: [{ ...attended, sessionId: 's2' }] }))).toEqual([
      member.id,
    ]);
  });

  it('counts training done today, but not training that is only planned', () => {
    const entry = { id: 't1', date: TODAY, status: 'done', deleted: false };
    const entries = [entry];
    const attendance = [{ entryId: 't1', memberId: member.id, deleted: false }];
    expect(quiet(activity({ trainingEntries: entries, trainingAttendance: attendance }))).toEqual([]);
    expect(
      quiet(
        activity({
          trainingEntries: [{ ...entry, status: 'planned' }],
          trainingAttendance: attendance,
        }),
      ),
    ).toEqual([member.id]);
  });

  it('remembers the latest day each person took part', () => {
    const latest = lastActiveByMember(
      activity({
        involvements: [
          makeInvolvement({ memberId: member.id, until: '2026-10-01' }),
          makeInvolvement({ memberId: member.id, until: '2026-11-01' }),
        ],
      }),
      TODAY,
    );
    expect(latest.get(member.id)).toBe('2026-11-01');
  });

  it('leaves out people who have left, and keeps people on leave in view', () => {
    const view = peripheralView(
      [
        makeMember({ status: 'left', coLocated: false }),
        makeMember({ status: 'on-leave', coLocated: false }),
      ],
      NO_ACTIVITY,
      TODAY,
    );
    expect(view.peripheral.map((entry) => entry.member.status)).toEqual(['on-leave']);
  });
});
