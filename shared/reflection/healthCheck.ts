/**
 * Aggregating partnership health-check responses: the spread of scores per enabler, the median, the comments,
 * the trend across checks and the lowest-scoring enablers. Pure: works on plain rows.
 */
import { median } from '../median';
import { ENABLERS, type Enabler } from '../domain/reflection';

export interface ScoreLike {
  enabler: Enabler;
  score: number;
  comment: string;
}

export interface ResponseLike {
  scores: readonly ScoreLike[];
  deleted?: boolean;
}

export interface EnablerSpread {
  enabler: Enabler;
  /** How many people gave 1, 2, 3, 4 and 5 (index 0 is a score of 1). */
  counts: [number, number, number, number, number];
  answered: number;
  /** Null when nobody scored it. */
  median: number | null;
  mean: number | null;
  comments: string[];
}

function live<Response extends ResponseLike>(responses: readonly Response[]): Response[] {
  return responses.filter((response) => response.deleted !== true);
}

/** The spread for each asked enabler, in the order asked. Scores outside 1–5 are ignored. */
export function spreadByEnabler(
  responses: readonly ResponseLike[],
  enablers: readonly Enabler[] = ENABLERS,
): EnablerSpread[] {
  return enablers.map((enabler) => {
    const counts: EnablerSpread['counts'] = [0, 0, 0, 0, 0];
    const values: number[] = [];
    const comments: string[] = [];
    for (const response of live(responses)) {
      for (const score of response.scores) {
        if (score.enabler !== enabler) continue;
        if (Number.isInteger(score.score) && score.score >= 1 && score.score <= 5) {
          const index = score.score - 1;
          counts[index] = (counts[index] ?? 0) + 1;
          values.push(score.score);
        }
        if (score.comment.trim() !== '') comments.push(score.comment.trim());
      }
    }
    const total = values.reduce((sum, value) => sum + value, 0);
    return {
      enabler,
      counts,
      answered: values.length,
      median: median(values),
      mean: values.length === 0 ? null : Math.round((total / values.length) * 10) / 10,
      comments,
    };
  });
}

/**
 * The enablers to talk about next: lowest median first, then lowest mean, then the form's order. Enablers nobody
 * scored are left out.
 */
export function lowestEnablers(spread: readonly EnablerSpread[], count = 3): Enabler[] {
  return spread
    .filter((row) => row.median !== null && row.mean !== null)
    .map((row, index) => ({ row, index }))
    .sort(
      (a, b) =>
        (a.row.median ?? 0) - (b.row.median ?? 0) ||
        (a.row.mean ?? 0) - (b.row.mean ?? 0) ||
        a.index - b.index,
    )
    .slice(0, count)
    .map(({ row }) => row.enabler);
}

export interface CheckLike {
  id: string;
  title: string;
  opensOn: string;
  enablers: readonly Enabler[];
}

export interface TrendPoint {
  checkId: string;
  title: string;
  date: string;
  responses: number;
  /** Median of every score given in the check; null when nobody answered. */
  overall: number | null;
  byEnabler: Partial<Record<Enabler, number | null>>;
}

/** One point per check, oldest first: the overall median and the median per enabler. */
export function trendAcrossChecks(
  checks: readonly CheckLike[],
  responsesByCheck: ReadonlyMap<string, readonly ResponseLike[]>,
): TrendPoint[] {
  return [...checks]
    .sort((a, b) => (a.opensOn < b.opensOn ? -1 : a.opensOn > b.opensOn ? 1 : 0))
    .map((check) => {
      const responses = live(responsesByCheck.get(check.id) ?? []);
      const all = responses.flatMap((response) =>
        response.scores.filter((score) => check.enablers.includes(score.enabler)).map((score) => score.score),
      );
      const byEnabler: TrendPoint['byEnabler'] = {};
      for (const row of spreadByEnabler(responses, check.enablers)) byEnabler[row.enabler] = row.median;
      return {
        checkId: check.id,
        title: check.title,
        date: check.opensOn,
        responses: responses.length,
        overall: median(all),
        byEnabler,
      };
    });
}

/**
 * The key under which this PC notes that a person here already answered a check anonymously. It stays on this PC
 * and says only that they answered, never what.
 */
export function answeredKey(checkId: string, personId: string): string {
  return `joinedup.healthCheckAnswered.${checkId}.${personId}`;
}
