import { describe, expect, it } from 'vitest';
import { makeMember } from '../../tests/factories/records';
import { suggestForCase } from './teamAroundChild';
import { SHANARRI_SETTING, namedConcerns } from '../domain/wellbeing';

const named = (ids: string[]) => namedConcerns(ids, SHANARRI_SETTING);

const socialWorker = makeMember({ name: 'Ali Social', profession: 'social-worker', skills: [] });
const nurse = makeMember({ name: 'Bea Nurse', profession: 'school-nurse', skills: [] });
const teacher = makeMember({ name: 'Cal Teacher', profession: 'teacher', skills: ['literacy'] });
const youth = makeMember({ name: 'Dee Youth', profession: 'youth-worker', skills: ['anxiety groups'] });
const away = makeMember({ name: 'Eve Away', profession: 'health-visitor', status: 'on-leave' });
const gone = makeMember({ name: 'Fay Gone', profession: 'teacher', status: 'left' });
const everyone = [socialWorker, nurse, teacher, youth, away, gone];

describe('the team around the child', () => {
  it('shows a health concern with no health professional involved as a gap, and suggests one', () => {
    const advice = suggestForCase(named(['healthy']), [socialWorker], everyone);
    expect(advice.gaps.map((gap) => gap.concern)).toEqual(['healthy']);
    expect(advice.gaps[0]?.message).toContain('No health professional');
    expect(advice.suggestions[0]?.member.name).toBe('Bea Nurse');
  });

  it('has no gap once someone of a fitting profession is involved', () => {
    expect(suggestForCase(named(['achieving', 'safe']), [teacher, socialWorker], everyone).gaps).toEqual([]);
  });

  it('suggests people by skill too, with the reason in plain words', () => {
    const advice = suggestForCase(named(['healthy']), [nurse], everyone);
    const dee = advice.suggestions.find((s) => s.member.name === 'Dee Youth');
    expect(dee?.reasons).toEqual(['Skill: anxiety groups']);
  });

  it('never suggests people already involved, on leave or who have left', () => {
    const names = suggestForCase(
      named(['healthy', 'achieving', 'safe']),
      [socialWorker],
      everyone,
    ).suggestions.map((s) => s.member.name);
    expect(names).not.toContain('Ali Social');
    expect(names).not.toContain('Eve Away');
    expect(names).not.toContain('Fay Gone');
    expect(names).toContain('Cal Teacher');
  });

  it('still shows a gap when the only fitting person involved has left', () => {
    expect(suggestForCase(named(['achieving']), [gone], everyone).gaps.map((gap) => gap.concern)).toEqual([
      'achieving',
    ]);
  });

  it('names a gap in the words of the team’s framework, from the nearest indicator’s professions', () => {
    const wales = namedConcerns(['wales-protection'], { framework: 'wales', own: [] });
    expect(suggestForCase(wales, [teacher], everyone).gaps.map((gap) => gap.message)).toEqual([
      'Protection from abuse and neglect: No social worker or police officer is involved.',
    ]);
  });

  it('suggests nobody for an indicator of the team’s own list, whose professions it cannot know', () => {
    const own = namedConcerns(['0f8d4c2e-1b7a-4c55-9d3e-2a6b8c9d0e1f'], { framework: 'own', own: [] });
    const advice = suggestForCase(own, [], everyone);
    expect(advice).toEqual({ suggestions: [], gaps: [] });
  });
});
