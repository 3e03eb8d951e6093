/**
 * The team's wellbeing framework: Scotland's SHANARRI indicators, England's five outcomes, the well-being of the
 * Social Services and Well-being (Wales) Act 2014, or a list of the team's own (decision 0028). A case's concerns
 * are indicator ids: a built-in framework's fixed codes, or the ids of the team's own indicators (the
 * `wellbeingIndicators` table). Every id stays readable after the team changes framework: an indicator outside the
 * current one is shown with where it comes from, never dropped.
 */
import { z } from 'zod';
import { syncedRecordSchema, uuidSchema } from '../sync/record';
import { shortText } from './fieldRules';

export const WELLBEING_FRAMEWORKS = ['shanarri', 'england', 'wales', 'own'] as const;
export type WellbeingFramework = (typeof WELLBEING_FRAMEWORKS)[number];
export type BuiltInFramework = Exclude<WellbeingFramework, 'own'>;

export const FRAMEWORK_LABELS: Record<WellbeingFramework, string> = {
  shanarri: 'Scotland: the SHANARRI wellbeing indicators',
  england: 'England: the five outcomes for children (Every Child Matters)',
  wales: 'Wales: well-being under the Social Services and Well-being (Wales) Act 2014',
  own: 'The team’s own list',
};

/** What each framework holds, in a line, beside the choice. */
export const FRAMEWORK_HINTS: Record<WellbeingFramework, string> = {
  shanarri:
    'Safe, healthy, achieving, nurtured, active, respected, responsible, included (Getting it right for every child).',
  england:
    'Be healthy, stay safe, enjoy and achieve, make a positive contribution, achieve economic well-being (Children Act 2004).',
  wales: 'The eight areas of well-being in section 2 of the Act, and a child’s development.',
  own: 'Indicators the team names itself: a team leader adds, renames and retires them.',
};

/** How an indicator outside the current framework is named beside its label: "Safe (Scotland's indicators)". */
const FRAMEWORK_SHORT: Record<WellbeingFramework, string> = {
  shanarri: 'Scotland’s indicators',
  england: 'England’s outcomes',
  wales: 'Wales’s well-being',
  own: 'no longer in the team’s list',
};

/** Scotland's eight indicators: the codes every case held before a team could choose its framework. */
export const SHANARRI = [
  'safe',
  'healthy',
  'achieving',
  'nurtured',
  'active',
  'respected',
  'responsible',
  'included',
] as const;
export type Shanarri = (typeof SHANARRI)[number];

export interface BuiltInIndicator {
  id: string;
  label: string;
  /**
   * The SHANARRI indicator nearest in meaning, which says which professions usually help
   * (shared/people/teamAroundChild.ts).
   */
  near: Shanarri;
}

export const BUILT_IN_INDICATORS: Record<BuiltInFramework, readonly BuiltInIndicator[]> = {
  shanarri: [
    { id: 'safe', label: 'Safe', near: 'safe' },
    { id: 'healthy', label: 'Healthy', near: 'healthy' },
    { id: 'achieving', label: 'Achieving', near: 'achieving' },
    { id: 'nurtured', label: 'Nurtured', near: 'nurtured' },
    { id: 'active', label: 'Active', near: 'active' },
    { id: 'respected', label: 'Respected', near: 'respected' },
    { id: 'responsible', label: 'Responsible', near: 'responsible' },
    { id: 'included', label: 'Included', near: 'included' },
  ],
  // The outcomes of Every Child Matters (2003), which the Children Act 2004, section 10(2), made the well-being
  // that English partners co-operate to improve.
  england: [
    { id: 'england-be-healthy', label: 'Be healthy', near: 'healthy' },
    { id: 'england-stay-safe', label: 'Stay safe', near: 'safe' },
    { id: 'england-enjoy-and-achieve', label: 'Enjoy and achieve', near: 'achieving' },
    { id: 'england-positive-contribution', label: 'Make a positive contribution', near: 'responsible' },
    { id: 'england-economic-wellbeing', label: 'Achieve economic well-being', near: 'included' },
  ],
  // The Social Services and Well-being (Wales) Act 2014, section 2(2), and for a child section 2(3)(a).
  wales: [
    { id: 'wales-health', label: 'Physical and mental health and emotional well-being', near: 'healthy' },
    { id: 'wales-protection', label: 'Protection from abuse and neglect', near: 'safe' },
    { id: 'wales-education', label: 'Education, training and recreation', near: 'achieving' },
    { id: 'wales-relationships', label: 'Domestic, family and personal relationships', near: 'nurtured' },
    { id: 'wales-contribution', label: 'Contribution made to society', near: 'responsible' },
    { id: 'wales-rights', label: 'Securing rights and entitlements', near: 'respected' },
    { id: 'wales-social-economic', label: 'Social and economic well-being', near: 'included' },
    { id: 'wales-accommodation', label: 'Suitability of living accommodation', near: 'included' },
    {
      id: 'wales-development',
      label: 'Physical, intellectual, emotional, social and behavioural development',
      near: 'active',
    },
  ],
};

const BUILT_IN_BY_ID = new Map(
  (Object.entries(BUILT_IN_INDICATORS) as [BuiltInFramework, readonly BuiltInIndicator[]][]).flatMap(
    ([framework, indicators]) =>
      indicators.map((indicator) => [indicator.id, { framework, indicator }] as const),
  ),
);

/**
 * A wellbeing indicator's id on a case: a built-in framework's code or the id of one of the team's own. Never a
 * person's words: it is readable on disk, for the board's index.
 */
export const indicatorIdSchema = z
  .string()
  .refine((id) => BUILT_IN_BY_ID.has(id) || uuidSchema.safeParse(id).success, {
    message: 'Must be a wellbeing indicator.',
  });

/** One indicator of the team's own list. A row of its own, so that two leaders adding one at once keep both. */
export const wellbeingIndicatorSchema = syncedRecordSchema({
  label: shortText,
  /** Fractional positions let an indicator move between two others with one write. */
  position: z.number().finite(),
  /** A retired indicator is offered no more but still names the cases that have it. */
  retired: z.boolean().default(false),
});
export type WellbeingIndicator = z.infer<typeof wellbeingIndicatorSchema>;

/** An indicator as the screens show it. */
export interface IndicatorChoice {
  id: string;
  label: string;
}

/** What the screens need to name and offer indicators: the team's framework and its own list. */
export interface WellbeingSetting {
  framework: WellbeingFramework;
  own: readonly WellbeingIndicator[];
}

export const SHANARRI_SETTING: WellbeingSetting = { framework: 'shanarri', own: [] };

/** The indicators a person may choose now, in the framework's order. */
export function indicatorChoices(setting: WellbeingSetting): IndicatorChoice[] {
  if (setting.framework !== 'own') {
    return BUILT_IN_INDICATORS[setting.framework].map(({ id, label }) => ({ id, label }));
  }
  return [...setting.own]
    .filter((row) => !row.deleted && !row.retired)
    .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
    .map(({ id, label }) => ({ id, label }));
}

/**
 * An indicator's name in plain words. One of the current framework is named as it is; one from another (a case
 * tagged before the team changed framework, or an own indicator since retired) says where it comes from.
 */
export function indicatorLabel(id: string, setting: WellbeingSetting): string {
  const builtIn = BUILT_IN_BY_ID.get(id);
  if (builtIn) {
    return builtIn.framework === setting.framework
      ? builtIn.indicator.label
      : `${builtIn.indicator.label} (${FRAMEWORK_SHORT[builtIn.framework]})`;
  }
  const own = setting.own.find((row) => row.id === id);
  if (!own) return 'An indicator not known on this PC yet';
  const current = setting.framework === 'own' && !own.deleted && !own.retired;
  return current ? own.label : `${own.label} (${FRAMEWORK_SHORT.own})`;
}

/** The SHANARRI indicator nearest a built-in one, or null for the team's own (nobody knows its professions). */
export function nearestShanarri(id: string): Shanarri | null {
  return BUILT_IN_BY_ID.get(id)?.indicator.near ?? null;
}

/** The position after every indicator of the list, for one added at its end. */
export function nextPosition(own: readonly WellbeingIndicator[]): number {
  return own.reduce((highest, row) => Math.max(highest, row.position), 0) + 1;
}

/** One of a case's concerns: its indicator's id, its name in plain words and its nearest SHANARRI indicator. */
export interface NamedConcern {
  id: string;
  label: string;
  near: Shanarri | null;
}

/** A case's concerns by name and nearest SHANARRI indicator, for the team-around-the-child advice. */
export function namedConcerns(ids: readonly string[], setting: WellbeingSetting): NamedConcern[] {
  return ids.map((id) => ({ id, label: indicatorLabel(id, setting), near: nearestShanarri(id) }));
}

/** Chosen indicators in the order the framework lists them, then any from elsewhere as they were; no repeats. */
export function inFrameworkOrder(ids: readonly string[], setting: WellbeingSetting): string[] {
  const chosen = new Set(ids);
  const listed = indicatorChoices(setting)
    .map((choice) => choice.id)
    .filter((id) => chosen.has(id));
  const rest = [...chosen].filter((id) => !listed.includes(id));
  return [...listed, ...rest];
}

/**
 * How many open cases hold each indicator: every indicator of the team's framework (none left out, so a concern
 * no case has shows as 0), then any other a case still holds, by name.
 */
export function openCasesByIndicator(
  cases: readonly { deleted: boolean; status: string; concerns: readonly string[] }[],
  setting: WellbeingSetting,
): { id: string; label: string; openCases: number }[] {
  const counts = new Map<string, number>();
  for (const row of cases) {
    if (row.deleted || row.status !== 'open') continue;
    for (const id of new Set(row.concerns)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const listed = indicatorChoices(setting).map(({ id, label }) => ({
    id,
    label,
    openCases: counts.get(id) ?? 0,
  }));
  const offered = new Set(listed.map((row) => row.id));
  const others = [...counts]
    .filter(([id]) => !offered.has(id))
    .map(([id, openCases]) => ({ id, label: indicatorLabel(id, setting), openCases }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
  return [...listed, ...others];
}
