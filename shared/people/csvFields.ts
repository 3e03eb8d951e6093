/**
 * The member fields a CSV file can fill, their column headings, and how each cell is read and written. Headings
 * written on export are recognised on import, so a directory exported here can be brought into another team.
 */
import type { Member, MemberStatus, Profession, Weekday } from '../domain/directory';
import { PROFESSIONS, PROFESSION_LABELS, WEEKDAYS, WEEKDAY_LABELS } from '../domain/directory';

export const CSV_FIELDS = [
  'name',
  'pronouns',
  'profession',
  'roleTitle',
  'employingAgency',
  'hostAgency',
  'email',
  'phone',
  'desk',
  'skills',
  'officeDays',
  'hoursPerWeek',
  'coLocated',
  'secondmentStart',
  'secondmentEnd',
  'whatIDo',
  'whatIDoNot',
  'whatIBring',
  'status',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

export const CSV_FIELD_LABELS: Record<CsvField, string> = {
  name: 'Name',
  pronouns: 'Pronouns',
  profession: 'Profession',
  roleTitle: 'Role title',
  employingAgency: 'Employing agency',
  hostAgency: 'Host agency',
  email: 'Email',
  phone: 'Phone',
  desk: 'Desk or room',
  skills: 'Skills',
  officeDays: 'Days in the office',
  hoursPerWeek: 'Hours a week',
  coLocated: 'In the shared office',
  secondmentStart: 'Secondment start',
  secondmentEnd: 'Secondment end',
  whatIDo: 'What I do',
  whatIDoNot: 'What I do not do',
  whatIBring: 'What I bring',
  status: 'Status',
};

/** Other ways people head a column, lower case with spaces only. */
const ALIASES: Record<CsvField, readonly string[]> = {
  name: ['full name', 'person', 'member', 'staff name', 'first and last name'],
  pronouns: ['pronoun'],
  profession: ['job', 'discipline', 'professional background'],
  roleTitle: ['role', 'job title', 'title', 'post', 'position'],
  employingAgency: ['agency', 'employer', 'organisation', 'organization', 'home agency'],
  hostAgency: ['host', 'hosted by', 'seconded to'],
  email: ['email address', 'e mail', 'mail'],
  phone: ['telephone', 'tel', 'mobile', 'phone number', 'contact number'],
  desk: ['desk', 'room', 'location', 'desk or room'],
  skills: ['skill', 'specialist skills', 'specialisms', 'expertise'],
  officeDays: ['office days', 'days in', 'days', 'working days', 'working pattern'],
  hoursPerWeek: ['hours', 'hours per week', 'weekly hours'],
  coLocated: [
    'co located',
    'colocated',
    'in the office',
    'based in the office',
    'based in the shared office',
    'shared office',
  ],
  secondmentStart: ['secondment starts', 'seconded from', 'start date'],
  secondmentEnd: ['secondment ends', 'seconded until', 'end date'],
  whatIDo: ['what they do', 'responsibilities', 'does'],
  whatIDoNot: ['what they do not do', 'does not do', 'not my role'],
  whatIBring: ['what they bring', 'brings', 'contribution'],
  status: ['state', 'active'],
};

function simplify(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A sensible first guess of which field each column holds; a field is guessed for one column at most. */
export function guessMapping(headers: readonly string[]): (CsvField | null)[] {
  const taken = new Set<CsvField>();
  return headers.map((header) => {
    const simple = simplify(header);
    const field = CSV_FIELDS.find(
      (candidate) =>
        !taken.has(candidate) &&
        (simplify(CSV_FIELD_LABELS[candidate]) === simple ||
          simplify(candidate.replace(/([A-Z])/g, ' $1')) === simple ||
          ALIASES[candidate].includes(simple)),
    );
    if (field === undefined) return null;
    taken.add(field);
    return field;
  });
}

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

export function readProfession(
  cell: string,
): CellResult<{ profession: Profession; professionOther: string }> {
  const simple = simplify(cell);
  if (simple === '') return { ok: false, message: 'The profession is missing.' };
  const known = PROFESSIONS.find(
    (profession) => simplify(PROFESSION_LABELS[profession]) === simple || simplify(profession) === simple,
  );
  if (known && known !== 'other') return { ok: true, value: { profession: known, professionOther: '' } };
  // A profession not on the list is kept in the person's own words.
  return { ok: true, value: { profession: 'other', professionOther: cell.trim() } };
}

/**
 * The app's own words for office days (the profile's "Every weekday", "No regular days in the office") and the
 * usual spreadsheet ones, so a list copied from the app comes back in as it went out.
 */
const ALL_DAYS = [
  'every weekday',
  'every day',
  'weekdays',
  'all week',
  'full time',
  'mon fri',
  'monday friday',
  'monday to friday',
  'mon to fri',
];
const NO_DAYS = ['no regular days in the office', 'none', 'no days', 'not recorded'];

export function readOfficeDays(cell: string): CellResult<Weekday[]> {
  const simple = simplify(cell);
  if (ALL_DAYS.includes(simple)) return { ok: true, value: [...WEEKDAYS] };
  if (NO_DAYS.includes(simple)) return { ok: true, value: [] };
  const words = cell
    .toLowerCase()
    .split(/[\s,;/|]+/)
    .filter(Boolean);
  const days = new Set<Weekday>();
  for (const word of words) {
    const day = WEEKDAYS.find(
      (weekday) => word.startsWith(weekday) && WEEKDAY_LABELS[weekday].toLowerCase().startsWith(word),
    );
    if (!day) {
      return { ok: false, message: `“${word}” is not a weekday from Monday to Friday.` };
    }
    days.add(day);
  }
  return { ok: true, value: WEEKDAYS.filter((day) => days.has(day)) };
}

export function readHours(cell: string): CellResult<number | null> {
  // "37.5 hours a week", as the profile shows it, reads as 37.5.
  const text = cell.trim().replace(/\s*(hours?|hrs?|h)(\s*(a|per|\/)\s*(week|wk))?\.?$/i, '');
  if (text === '' || simplify(text) === 'not recorded') return { ok: true, value: null };
  const value = Number(text.replace(',', '.'));
  if (!Number.isFinite(value)) return { ok: false, message: `“${text}” is not a number of hours.` };
  return { ok: true, value };
}

export function readYesNo(cell: string): CellResult<boolean> {
  // The profile's "No, based elsewhere" answers with its first word.
  const simple = simplify(cell).split(' ')[0] ?? '';
  if (simple === '' || ['yes', 'y', 'true', '1'].includes(simple)) return { ok: true, value: true };
  if (['no', 'n', 'false', '0'].includes(simple)) return { ok: true, value: false };
  return { ok: false, message: `“${cell.trim()}” should be yes or no.` };
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The month of "March" or "Mar": 1 to 12, or 0. */
function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  return lower.length >= 3 ? MONTHS.findIndex((month) => lower.startsWith(month)) + 1 : 0;
}

/** YYYY-MM-DD, a UK day/month/year date, or the app's own "3 March 2026". */
export function readDate(cell: string): CellResult<string | null> {
  const text = cell.trim();
  if (text === '' || simplify(text) === 'not recorded') return { ok: true, value: null };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const uk = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  const words = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : uk
      ? [Number(uk[3]), Number(uk[2]), Number(uk[1])]
      : words
        ? [Number(words[3]), monthNumber(words[2] ?? ''), Number(words[1])]
        : [0, 0, 0];
  if (year === 0 || !isRealDate(year, month, day)) {
    return { ok: false, message: `“${text}” is not a real date. Write it like 31/03/2026 or 2026-03-31.` };
  }
  return {
    ok: true,
    value: `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  };
}

const STATUS_WORDS: Record<string, MemberStatus> = {
  '': 'active',
  active: 'active',
  'on leave': 'on-leave',
  leave: 'on-leave',
  left: 'left',
  'has left': 'left',
  'has left the team': 'left',
};

export function readStatus(cell: string): CellResult<MemberStatus> {
  const status = STATUS_WORDS[simplify(cell)];
  if (status === undefined)
    return { ok: false, message: `“${cell.trim()}” should be active, on leave or left.` };
  return { ok: true, value: status };
}

export function readSkills(cell: string): string[] {
  return cell
    .split(/[;|,]/)
    .map((skill) => skill.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

export const STATUS_WORDS_OUT: Record<MemberStatus, string> = {
  active: 'Active',
  'on-leave': 'On leave',
  left: 'Left',
};

/** How a member's field is written into a CSV cell (readable by the readers above). */
export function writeCell(
  member: Member,
  field: CsvField,
  agencyName: (id: string | null) => string,
): string {
  switch (field) {
    case 'profession':
      return member.profession === 'other' && member.professionOther
        ? member.professionOther
        : PROFESSION_LABELS[member.profession];
    case 'employingAgency':
      return agencyName(member.employingAgencyId);
    case 'hostAgency':
      return agencyName(member.hostAgencyId);
    case 'skills':
      return member.skills.join('; ');
    case 'officeDays':
      return member.officeDays.map((day) => WEEKDAY_LABELS[day]).join(', ');
    case 'hoursPerWeek':
      return member.hoursPerWeek === null ? '' : String(member.hoursPerWeek);
    case 'coLocated':
      return member.coLocated ? 'Yes' : 'No';
    case 'secondmentStart':
      return member.secondmentStart ?? '';
    case 'secondmentEnd':
      return member.secondmentEnd ?? '';
    case 'status':
      return STATUS_WORDS_OUT[member.status];
    default:
      return member[field];
  }
}
