import { describe, expect, it } from 'vitest';
import { makeMember } from '../../tests/factories/records';
import { makeTrainingAttendance, makeTrainingEntry } from '../../tests/factories/training';
import { formatHlc } from '../sync/hlc';
import {
  coverageGrid,
  jointTrainingByMember,
  membersWithoutRecentJointTraining,
  newStartersWithoutInduction,
  professionsNeverTrainedTogether,
  totalsByAgency,
} from './coverage';
import { last12Months } from './period';

const TODAY = '2026-06-15';
const YEAR = last12Months(TODAY);

function attend(entryId: string, member: ReturnType<typeof makeMember>, extra = {}) {
  return makeTrainingAttendance({
    entryId,
    memberId: member.id,
    professionAtTheTime: member.profession,
    agencyIdAtTheTime: member.employingAgencyId,
    ...extra,
  });
}

describe('joint-training coverage', () => {
  const sw = makeMember({ name: 'Ana', profession: 'social-worker' });
  const hv = makeMember({ name: 'Ben', profession: 'health-visitor' });
  const police = makeMember({ name: 'Cat', profession: 'police-officer' });

  it('counts each joint training once for every pair of professions that attended it', () => {
    const a = makeTrainingEntry({ date: '2026-03-01' });
    const b = makeTrainingEntry({ date: '2026-04-01' });
    const attendance = [
      attend(a.id, sw),
      attend(a.id, hv),
      attend(a.id, police),
      attend(b.id, sw),
      attend(b.id, hv),
    ];
    const grid = coverageGrid([a, b], attendance, YEAR);
    expect(grid.count('social-worker', 'health-visitor')).toBe(2);
    expect(grid.count('health-visitor', 'social-worker')).toBe(2);
    expect(grid.count('police-officer', 'health-visitor')).toBe(1);
    expect(grid.count('social-worker', 'social-worker')).toBe(2);
    expect(grid.professions).toEqual(['social-worker', 'health-visitor', 'police-officer']);
  });

  it('leaves out single-agency, planned, deleted and older-than-a-year training, and people who did not attend', () => {
    const single = makeTrainingEntry({ type: 'single-agency', date: '2026-03-01' });
    const planned = makeTrainingEntry({ status: 'planned', date: '2026-07-01' });
    const removed = makeTrainingEntry({ deleted: true, date: '2026-03-01' });
    const old = makeTrainingEntry({ date: '2025-06-15' });
    const missed = makeTrainingEntry({ date: '2026-05-01' });
    const attendance = [single, planned, removed, old].flatMap((entry) => [
      attend(entry.id, sw),
      attend(entry.id, hv),
    ]);
    attendance.push(attend(missed.id, sw), attend(missed.id, hv, { attended: false }));
    const grid = coverageGrid([single, planned, removed, old, missed], attendance, YEAR);
    expect(grid.count('social-worker', 'health-visitor')).toBe(0);
  });

  it('uses the profession a person had at the time, so a later change of profession does not rewrite history', () => {
    const entry = makeTrainingEntry({ date: '2026-02-01' });
    // Ben was a health visitor at the training and is a school nurse now.
    const benNow = { ...hv, profession: 'school-nurse' as const };
    const attendance = [attend(entry.id, sw), attend(entry.id, hv)];
    const grid = coverageGrid([entry], attendance, YEAR, [benNow.profession]);
    expect(grid.count('social-worker', 'health-visitor')).toBe(1);
    expect(grid.count('social-worker', 'school-nurse')).toBe(0);
    expect(grid.professions).toContain('school-nurse');
  });

  it('still counts people who have since left the team for the past', () => {
    const leaver = makeMember({ name: 'Dee', profession: 'teacher', status: 'left' });
    const entry = makeTrainingEntry({ date: '2026-01-10' });
    const attendance = [attend(entry.id, sw), attend(entry.id, leaver)];
    expect(coverageGrid([entry], attendance, YEAR).count('teacher', 'social-worker')).toBe(1);
    expect(professionsNeverTrainedTogether(['social-worker', 'teacher'], [entry], attendance)).toEqual([]);
    // …but a leaver is not listed as someone missing joint training.
    expect(membersWithoutRecentJointTraining([leaver], [], [], TODAY)).toEqual([]);
  });

  it('lists members with no joint training in the last 12 months', () => {
    const recent = makeTrainingEntry({ date: '2025-06-16' });
    const tooOld = makeTrainingEntry({ date: '2025-06-15' });
    const attendance = [attend(recent.id, sw), attend(tooOld.id, hv)];
    const missing = membersWithoutRecentJointTraining([sw, hv, police], [recent, tooOld], attendance, TODAY);
    expect(missing.map((member) => member.name)).toEqual(['Ben', 'Cat']);
    expect(jointTrainingByMember([recent, tooOld], attendance).get(hv.id)).toEqual(['2025-06-15']);
  });

  it('lists the pairs of professions that have never trained together', () => {
    const entry = makeTrainingEntry({ date: '2024-01-01' });
    const attendance = [attend(entry.id, sw), attend(entry.id, hv)];
    expect(
      professionsNeverTrainedTogether(
        ['police-officer', 'social-worker', 'health-visitor'],
        [entry],
        attendance,
      ),
    ).toEqual([
      ['social-worker', 'police-officer'],
      ['health-visitor', 'police-officer'],
    ]);
  });

  it('finds new starters without an induction to the partner agencies', () => {
    const stamp = formatHlc({ wall: Date.parse('2026-05-20T09:00:00Z'), counter: 0, device: 'pc' });
    const newcomer = { ...makeMember({ name: 'Eve' }), stamps: { name: stamp, profession: stamp } };
    const seconded = makeMember({ name: 'Fay', secondmentStart: '2026-04-01' });
    const inducted = makeMember({ name: 'Gus', secondmentStart: '2026-05-01' });
    const longStanding = makeMember({ name: 'Hal', secondmentStart: '2024-01-01' });
    const induction = makeTrainingEntry({ type: 'induction', date: '2026-05-05' });
    const result = newStartersWithoutInduction(
      [newcomer, seconded, inducted, longStanding],
      [induction],
      [attend(induction.id, inducted)],
      TODAY,
    );
    expect(result.map((starter) => [starter.member.name, starter.startedOn])).toEqual([
      ['Eve', '2026-05-20'],
      ['Fay', '2026-04-01'],
    ]);
  });

  it('does not count people entered while the team was being set up in the app as new starters', () => {
    const at = (iso: string) => formatHlc({ wall: Date.parse(iso), counter: 0, device: 'pc' });
    const founder = { ...makeMember({ name: 'Ida' }), stamps: { name: at('2026-05-02T09:00:00Z') } };
    const joinedLater = { ...makeMember({ name: 'Jon' }), stamps: { name: at('2026-06-01T09:00:00Z') } };
    const seconded = makeMember({ name: 'Kit', secondmentStart: '2026-05-03' });
    const result = newStartersWithoutInduction([founder, joinedLater, seconded], [], [], TODAY, '2026-05-01');
    expect(result.map((starter) => starter.member.name)).toEqual(['Jon', 'Kit']);
  });

  it('totals hours and joint hours by the agency each person was with at the time', () => {
    const health = '00000000-0000-4000-8000-0000000000aa';
    const council = '00000000-0000-4000-8000-0000000000bb';
    const joint = makeTrainingEntry({ date: '2026-03-01', hours: 6 });
    const single = makeTrainingEntry({ date: '2026-03-02', hours: 2, type: 'single-agency' });
    const attendance = [
      attend(joint.id, sw, { agencyIdAtTheTime: council }),
      attend(joint.id, hv, { agencyIdAtTheTime: health }),
      attend(single.id, hv, { agencyIdAtTheTime: health }),
    ];
    const totals = totalsByAgency([joint, single], attendance, YEAR);
    expect(totals.find((row) => row.agencyId === health)).toEqual({
      agencyId: health,
      people: 1,
      hours: 8,
      jointHours: 6,
    });
    expect(totals.find((row) => row.agencyId === council)).toEqual({
      agencyId: council,
      people: 1,
      hours: 6,
      jointHours: 6,
    });
  });
});
