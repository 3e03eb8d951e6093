/**
 * The shared state of demo generation: a seeded random source, a clock on a fixed demo device, and the rows made so
 * far per table. Each area's generator (team, directory, cases, …) reads what earlier ones made and adds its own.
 */
import { tableByName, type FieldsOf, type RowOf, type TableName } from '../domain/registry';
import type { Area } from '../domain/tableDef';
import { HybridClock, type Hlc } from '../sync/hlc';
import type { VersionVectors } from '../sync/versionVector';

export const DEMO_DEVICE = 'demo-device';

/** Mulberry32: tiny, fast and good enough for made-up data; the same seed always gives the same team. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DemoSize {
  cases: number;
  members: number;
  agencies: number;
}

export type DemoRows = { [Name in TableName]: RowOf<Name>[] };

export class DemoWorld {
  readonly rows: DemoRows;
  readonly clock: HybridClock;
  /** The first member: the team leader, who makes most of the demo changes. */
  readonly leaderId: string;
  private readonly random: () => number;
  private readonly latest: Partial<Record<Area, Hlc>> = {};
  private readonly areaOf = new Map<string, Area>();

  constructor(
    seed: number,
    readonly size: DemoSize,
    /** Today as YYYY-MM-DD: demo dates are spread around it so some actions and reviews are overdue. */
    readonly today: string,
    tableNames: readonly TableName[],
  ) {
    this.random = seededRandom(seed);
    this.leaderId = this.id();
    const wall = Date.parse(`${today}T08:00:00Z`);
    this.clock = new HybridClock(DEMO_DEVICE, () => wall);
    // Every table starts with an empty list so later modules' tables are present even before they generate rows.
    this.rows = Object.fromEntries(tableNames.map((name) => [name, []])) as unknown as DemoRows;
  }

  /** A number in [0, 1). */
  next(): number {
    return this.random();
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.random() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.random() * items.length)];
    if (item === undefined) throw new Error('Cannot pick from an empty list.');
    return item;
  }

  /** Up to `count` distinct items, in a random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const result: T[] = [];
    while (result.length < count && copy.length > 0) {
      const index = Math.floor(this.random() * copy.length);
      result.push(...copy.splice(index, 1));
    }
    return result;
  }

  /** A random (version 4 shaped) UUID drawn from the seeded source. */
  id(): string {
    let hex = '';
    for (let part = 0; part < 4; part += 1) {
      hex += Math.floor(this.random() * 0x100000000)
        .toString(16)
        .padStart(8, '0');
    }
    const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  /** A date `days` from today (negative for the past), as YYYY-MM-DD. */
  day(days: number): string {
    return new Date(Date.parse(`${this.today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  }

  /** What a PC that holds these rows has seen: per area, the demo device's latest stamp. */
  get versionVectors(): VersionVectors {
    const vectors: VersionVectors = {};
    for (const [area, stamp] of Object.entries(this.latest) as [Area, Hlc][])
      vectors[area] = { [DEMO_DEVICE]: stamp };
    return vectors;
  }

  private area(table: TableName): Area {
    let area = this.areaOf.get(table);
    if (area === undefined) {
      area = tableByName(table).area;
      this.areaOf.set(table, area);
    }
    return area;
  }

  /** Adds a complete, stamped record to a table and returns it. */
  add<Name extends TableName>(
    table: Name,
    fields: FieldsOf<Name>,
    options: { id?: string; by?: string } = {},
  ): RowOf<Name> {
    const stamp = this.clock.now();
    this.latest[this.area(table)] = stamp;
    const record = {
      id: options.id ?? this.id(),
      stamps: {} as Record<string, Hlc>,
      deleted: false,
      purged: false,
      updatedBy: options.by ?? this.leaderId,
      updatedAt: `${this.today}T08:00:00.000Z`,
      ...fields,
    };
    for (const key of Object.keys(record)) if (key !== 'id' && key !== 'stamps') record.stamps[key] = stamp;
    // The envelope plus every field of the table is exactly a row of the table.
    const row = record as unknown as RowOf<Name>;
    (this.rows[table] as RowOf<Name>[]).push(row);
    return row;
  }
}
