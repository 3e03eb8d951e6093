/**
 * Builds a whole made-up team, deterministically from a seed: stamped rows for every table, ready to load into a
 * fresh team database. Each area has its own generator; a later module adds its area with one line in GENERATORS.
 * Sizes can be raised for the benchmarks (about 100,000 records for 5,000 cases).
 */
import { TABLE_NAMES } from '../domain/registry';
import type { VersionVectors } from '../sync/versionVector';
import { generateCases } from './cases';
import { generateCharter } from './charter';
import { generateDirectory } from './directory';
import { generateReflection } from './reflection';
import { generateTeamArea } from './team';
import { generateTraining } from './training';
import { DemoWorld, type DemoRows, type DemoSize } from './world';

export { DEMO_DEVICE, type DemoRows, type DemoSize } from './world';

export interface DemoOptions {
  seed?: number;
  size?: Partial<DemoSize>;
  /** The team id; the team record carries it. Deterministic from the seed when left out. */
  teamId?: string;
  teamName?: string;
  /** YYYY-MM-DD; demo dates are spread around it. Defaults to the current date. */
  today?: string;
}

export interface DemoTeam {
  teamId: string;
  /** The team leader, a good person to sign in as. */
  leaderId: string;
  rows: DemoRows;
  /** What a PC holding these rows has seen, per area: load it into the team database's version vectors. */
  versionVectors: VersionVectors;
}

export const DEFAULT_TEAM_NAME = 'Northfield Joint Team (demo)';

export const DEFAULT_DEMO_SIZE: DemoSize = { cases: 60, members: 24, agencies: 8 };

type Generator = (world: DemoWorld, options: { teamId: string; teamName: string }) => void;

/** Area generators in dependency order: the directory needs nothing, cases need columns and members. */
const GENERATORS: readonly Generator[] = [
  (world, { teamId, teamName }) => generateTeamArea(world, teamId, teamName),
  (world) => generateDirectory(world),
  (world) => generateCases(world),
  (world) => generateReflection(world),
  (world) => generateCharter(world),
  (world) => generateTraining(world),
];

export function generateTeam(options: DemoOptions = {}): DemoTeam {
  const size = { ...DEFAULT_DEMO_SIZE, ...options.size };
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const world = new DemoWorld(options.seed ?? 1, size, today, TABLE_NAMES);
  const teamId = options.teamId ?? world.id();
  const teamName = options.teamName ?? DEFAULT_TEAM_NAME;
  for (const generate of GENERATORS) generate(world, { teamId, teamName });
  return {
    teamId,
    leaderId: world.leaderId,
    rows: world.rows,
    versionVectors: world.versionVectors,
  };
}
