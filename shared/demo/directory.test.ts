import { describe, expect, it } from 'vitest';
import { peripheralView, NO_ACTIVITY } from '../people/peripheral';
import { duplicateByEmail } from '../people/members';
import { generateTeam } from './generateTeam';
import { HELP_EXAMPLES, buildSearchIndex, searchPeople } from '../people/search';
import { withTeamWords } from '../people/synonyms';
import { DEMO_SEARCH_WORDS } from './directory';

const TODAY = '2026-11-22';

describe('the demo directory', () => {
  const { rows } = generateTeam({ seed: 7, today: TODAY });
  const members = rows.members;
  const byId = new Map(members.map((member) => [member.id, member]));

  it('supervises seconded members in their home agency while the team leader line-manages them', () => {
    const seconded = members.filter((member) => member.hostAgencyId !== null);
    expect(seconded.length).toBeGreaterThanOrEqual(2);
    for (const member of seconded) {
      expect(member.hostAgencyId).not.toBe(member.employingAgencyId);
      const manager = byId.get(member.lineManagerId ?? '');
      expect(manager?.teamRole).toBe('leader');
      const supervisor = byId.get(member.supervisorId ?? '');
      if (supervisor) expect(supervisor.employingAgencyId, member.name).toBe(member.employingAgencyId);
    }
  });

  it('has each person supervised by someone of their own profession, or outside the team', () => {
    const supervised = members.filter((member) => member.supervisorId !== null);
    expect(supervised.length).toBeGreaterThan(members.length / 3);
    for (const member of supervised) {
      expect(byId.get(member.supervisorId ?? '')?.profession, member.name).toBe(member.profession);
    }
  });

  it('has a secondment ending within the month, people based elsewhere, and a few who have left', () => {
    expect(peripheralView(members, NO_ACTIVITY, TODAY).endingSoon.length).toBeGreaterThanOrEqual(1);
    expect(members.some((member) => !member.coLocated && member.desk === '')).toBe(true);
    expect(members.filter((member) => member.status === 'left').length).toBeGreaterThanOrEqual(1);
    expect(members.find((member) => member.teamRole === 'leader')?.status).toBe('active');
  });

  it('says what each person does, does not do and brings, with skills and no duplicate emails', () => {
    for (const member of members) {
      expect(member.whatIDo && member.whatIDoNot && member.whatIBring, member.name).toBeTruthy();
      expect(member.skills.length).toBeGreaterThan(0);
      expect(duplicateByEmail(members, member.email, member.id)).toBeNull();
    }
  });
});

describe('who can help with… in the demo team', () => {
  it('finds someone for every example the page gives, in the demo team the app opens', () => {
    const { rows } = generateTeam({ today: TODAY });
    const index = buildSearchIndex(rows.members, new Map(rows.agencies.map((agency) => [agency.id, agency])));
    for (const example of HELP_EXAMPLES) {
      expect(searchPeople(index, example).length, example).toBeGreaterThan(0);
    }
  });

  it('finds someone by each of the demo team’s own words, and by the words of the hint for adding one', () => {
    const { rows } = generateTeam({ today: TODAY });
    const index = buildSearchIndex(rows.members, new Map(rows.agencies.map((agency) => [agency.id, agency])));
    const groups = withTeamWords(rows.searchWords);
    expect(rows.searchWords.map((word) => word.short)).toEqual(DEMO_SEARCH_WORDS.map((word) => word.short));
    for (const word of ['MASH', 'TAF']) {
      expect(searchPeople(index, word, groups).length, word).toBeGreaterThan(0);
      expect(searchPeople(index, word).length, `${word} without the team's words`).toBe(0);
    }
  });
});
