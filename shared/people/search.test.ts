import { describe, expect, it } from 'vitest';
import { makeAgency, makeMember } from '../../tests/factories/records';
import { alsoSearched, buildSearchIndex, searchPeople } from './search';
import { withTeamWords } from './synonyms';

const agency = makeAgency({ name: 'North CAMHS', type: 'mental-health' });
const agencies = new Map([[agency.id, agency]]);
const priya = makeMember({
  name: 'Priya Shah',
  profession: 'camhs-clinician',
  roleTitle: 'Clinical psychologist',
  skills: ['trauma', 'self-harm'],
  whatIDo: 'Offers consultation on anxious children.',
  employingAgencyId: agency.id,
});
const sam = makeMember({
  name: 'Sam Taylor',
  profession: 'health-visitor',
  skills: ['infant feeding'],
  whatIDo: 'Visits families after a birth, including trauma-informed visits.',
  whatIDoNot: 'Does not carry out child protection enquiries.',
});
const left = makeMember({ name: 'Lee Gone', skills: ['trauma'], status: 'left' });
const index = buildSearchIndex([priya, sam, left], agencies);
const names = (query: string) => searchPeople(index, query).map((result) => result.member.name);

describe('who can help with…', () => {
  it('ranks a person with the skill above one who only mentions it in what they do', () => {
    expect(names('trauma')).toEqual(['Priya Shah', 'Sam Taylor']);
    expect(searchPeople(index, 'trauma')[0]?.reasons[0]).toEqual({ field: 'skill', label: 'trauma' });
  });

  it('finds people while the word is still being typed', () => {
    expect(names('trau')).toEqual(['Priya Shah', 'Sam Taylor']);
    expect(names('infant fee')).toEqual(['Sam Taylor']);
  });

  it('searches professions, role titles and agencies, needing every word to match', () => {
    expect(names('psychologist')).toEqual(['Priya Shah']);
    expect(names('health visitor')).toEqual(['Sam Taylor']);
    expect(names('camhs trauma')).toEqual(['Priya Shah']);
    expect(names('trauma feeding')).toEqual(['Sam Taylor']);
  });

  it('never finds someone by what they say they do not do, nor people who have left', () => {
    expect(names('child protection enquiries')).toEqual([]);
    expect(names('trauma')).not.toContain('Lee Gone');
  });

  it('finds nobody for an empty search', () => {
    expect(searchPeople(index, '   ')).toEqual([]);
  });
});

describe('who can help with… in the words teams use', () => {
  const police = makeMember({
    name: 'Ola Berg',
    profession: 'police-officer',
    roleTitle: 'Police constable',
    skills: ['domestic abuse'],
    whatIDo: 'Leads on joint visits with the police.',
  });
  const nurse = makeMember({
    name: 'Kim Lau',
    profession: 'school-nurse',
    roleTitle: 'School nurse',
    skills: ['sexual health'],
    whatIDo: 'Runs drop-ins in two secondary schools.',
  });
  const words = buildSearchIndex([priya, sam, police, nurse], agencies);
  const found = (query: string) => searchPeople(words, query).map((result) => result.member.name);

  it('understands abbreviations and other names for the same need', () => {
    expect(found('DV')).toEqual(['Ola Berg']);
    expect(found('domestic violence')).toEqual(['Ola Berg']);
    expect(found('HV')).toEqual(['Sam Taylor']);
  });

  it('forgives plurals and a slip of one letter', () => {
    expect(found('health visitors')).toEqual(['Sam Taylor']);
    expect(found('truama')).toEqual(['Priya Shah', 'Sam Taylor']);
    expect(found('psycologist')).toEqual(['Priya Shah']);
  });

  it('says what else it looked for, as the words are written', () => {
    expect(alsoSearched('DV')).toEqual(['domestic abuse', 'domestic violence', 'DA']);
  });

  it('does not find a whole word inside another through an abbreviation', () => {
    const daily = makeMember({ name: 'Ash Day', whatIDo: 'Runs the daily drop-in.' });
    const withDaily = buildSearchIndex([daily], agencies);
    expect(searchPeople(withDaily, 'DA')).toEqual([]);
  });
});

describe('the team’s own words for who can help', () => {
  const hub = makeMember({ name: 'Kay Hub', skills: ['multi-agency safeguarding hub'] });
  const abuse = makeMember({ name: 'Dee Safe', skills: ['domestic violence'] });
  const teamIndex = buildSearchIndex([hub, abuse, priya], agencies);
  const find = (query: string, groups: string[][]) =>
    searchPeople(teamIndex, query, groups).map((result) => result.member.name);

  it('finds a person by an abbreviation only the team uses, and says what else it looked for', () => {
    const groups = withTeamWords([{ short: 'MASH', meaning: 'multi-agency safeguarding hub' }]);
    expect(find('MASH', groups)).toEqual(['Kay Hub']);
    expect(find('mash', withTeamWords([]))).toEqual([]);
    expect(alsoSearched('MASH', groups)).toEqual(['multi-agency safeguarding hub']);
  });

  it('joins a word whose meaning is built in to that need, so it finds every other name for it', () => {
    const groups = withTeamWords([{ short: 'DVA', meaning: 'domestic abuse' }]);
    expect(find('DVA', groups)).toEqual(['Dee Safe']);
    expect(groups.filter((group) => group.includes('DVA'))).toHaveLength(1);
  });

  it('forgives a plural of the team’s word as it does the built-in ones', () => {
    const groups = withTeamWords([{ short: 'TAF', meaning: 'team around the family' }]);
    const taf = makeMember({ name: 'Tia Family', whatIDo: 'Chairs team around the family meetings.' });
    const tafIndex = buildSearchIndex([taf], agencies);
    expect(searchPeople(tafIndex, 'TAFs', groups).map((result) => result.member.name)).toEqual([
      'Tia Family',
    ]);
  });

  it('leaves out a word with nothing in it', () => {
    expect(withTeamWords([{ short: ' ', meaning: '' }])).toEqual(withTeamWords([]));
  });
});
