/**
 * Setting up a team on this PC: a new team (its data key, its database, team record, six board columns and the
 * first member as team leader, plus the PC's list of teams) or a made-up demo team to explore the app with. The new
 * team's key stays held, so the team opens at once without asking for the passphrase just typed.
 */
import type { DemoOptions, DemoTeam } from '../../shared/demo/generateTeam';
import type { PasswordVerifier } from '../../shared/access/password';
import type { Profession } from '../../shared/domain/directory';
import type { WellbeingFramework } from '../../shared/domain/wellbeing';
import { TABLES } from '../../shared/domain/registry';
import { DEFAULT_COLUMNS } from '../../shared/domain/team';
import { newDeviceId } from '../../shared/api/settings';
import { newId } from '../../shared/sync/record';
import { dropTeamKey, holdTeamKey } from './keys/heldKeys';
import { wrapWithPassphrase } from './keys/newTeamKey';
import { recordSeenVectors, setMeta } from './meta';
import { addTeam, removeTeamFromPc } from './pcDb';
import { deleteTeamDb, openTeamDb, type TeamDb } from './teamDb';
import { createRecord, inOneWrite, loadClock, type WriteContext } from './writer';
import { WriteError, validateRecord } from './writeRules';

/** The passphrase of the demo team, shown to the person when they open it. */
export const DEMO_PASSPHRASE = 'joined-up-demo';
/**
 * The demo team's key is wrapped with little work: its passphrase is known to everyone, so work would protect
 * nothing, and the demo opens by itself without a wait.
 */
const DEMO_WORK_FACTOR = 10;

export interface CreateTeamInput {
  teamName: string;
  passphrase: string;
  personName: string;
  profession: Profession;
  /** This PC's device id (from the app's info); a new one is made when left out. */
  deviceId?: string;
  /** scrypt work factor of the key's wrap: tests pass a small number; real use keeps the default. */
  keyWorkFactor?: number;
  /** The founder's personal password, as its verifier (made off the interface thread beforehand). */
  passwordVerifier?: PasswordVerifier;
  /** The wellbeing framework the team records concerns in; SHANARRI when left out. */
  wellbeingFramework?: WellbeingFramework;
}

export interface CreatedTeam {
  teamId: string;
  personId: string;
}

function required(value: string, message: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw new WriteError(message, []);
  return trimmed;
}

export async function createTeam(input: CreateTeamInput): Promise<CreatedTeam> {
  const teamName = required(input.teamName, 'Enter a name for the team.');
  const personName = required(input.personName, 'Enter your name.');
  if (input.passphrase.length < 8) throw new WriteError('The team passphrase must be at least 8 characters.');
  const teamId = newId();
  const personId = newId();
  const deviceId = input.deviceId ?? newDeviceId();
  const { key, wrappedKey } = await wrapWithPassphrase(teamId, input.passphrase, input.keyWorkFactor);
  holdTeamKey(teamId, key, input.passphrase);
  const db = openTeamDb(teamId);
  try {
    const writer: WriteContext = {
      db,
      clock: await loadClock(db, deviceId),
      deviceId,
      person: { id: personId, name: personName },
    };
    await inOneWrite(writer, async () => {
      await createRecord(
        writer,
        'team',
        { name: teamName, wellbeingFramework: input.wellbeingFramework ?? 'shanarri' },
        { id: teamId },
      );
      for (const [index, column] of DEFAULT_COLUMNS.entries()) {
        await createRecord(writer, 'boardColumns', {
          title: column.title,
          kind: column.kind,
          position: index + 1,
        });
      }
      await createRecord(
        writer,
        'members',
        { name: personName, profession: input.profession, teamRole: 'leader' },
        { id: personId },
      );
      if (input.passwordVerifier) {
        await createRecord(
          writer,
          'passwords',
          { memberId: personId, verifier: input.passwordVerifier },
          { id: personId },
        );
      }
    });
    await addTeam({ id: teamId, name: teamName, wrappedKey, currentPersonId: personId });
  } catch (error) {
    // Leave no half-made team behind.
    await deleteTeamDb(teamId);
    dropTeamKey(teamId);
    throw error;
  }
  return { teamId, personId };
}

/**
 * Loads generated rows into an empty team database in one transaction. The rows are checked first; the demo
 * device's stamps go into the version vector so this PC's next change sorts after them.
 *
 * `rowsPerWrite` instead stores the rows in transactions of that many, for the benchmarks' whole-authority team (a
 * million records), so no single transaction holds them all; the load is then not one step.
 */
export async function loadGeneratedTeam(
  db: TeamDb,
  demo: DemoTeam,
  deviceId: string,
  rowsPerWrite = Infinity,
): Promise<void> {
  for (const def of TABLES) {
    for (const row of demo.rows[def.name as keyof DemoTeam['rows']]) validateRecord(def, row);
  }
  const names = TABLES.map((def) => def.name);
  const rowsOf = (name: string) => demo.rows[name as keyof DemoTeam['rows']];
  const noteVectorsAndDevice = async () => {
    await recordSeenVectors(db, demo.versionVectors);
    await setMeta(db, 'deviceId', deviceId);
  };
  if (rowsPerWrite === Infinity) {
    await db.transaction('rw', [...names, 'meta'], async () => {
      for (const name of names) await db.table(name).bulkPut(rowsOf(name));
      await noteVectorsAndDevice();
    });
    return;
  }
  for (const name of names) {
    const rows = rowsOf(name);
    for (let start = 0; start < rows.length; start += rowsPerWrite) {
      await db.transaction('rw', [name, 'meta'], () =>
        db.table(name).bulkPut(rows.slice(start, start + rowsPerWrite)),
      );
    }
  }
  await db.transaction('rw', ['meta'], noteVectorsAndDevice);
}

export interface CreateDemoTeamInput extends Omit<DemoOptions, 'teamId'> {
  deviceId?: string;
}

/** A made-up team to explore the app with; sign in as its team leader. Its passphrase is DEMO_PASSPHRASE. */
export async function createDemoTeam(input: CreateDemoTeamInput = {}): Promise<CreatedTeam> {
  const teamId = newId();
  // The generator is read only when someone asks for a demo team: it is large, and most PCs never need it.
  const { generateTeam } = await import('../../shared/demo/generateTeam');
  const demo = generateTeam({ ...input, teamId });
  const { key, wrappedKey } = await wrapWithPassphrase(teamId, DEMO_PASSPHRASE, DEMO_WORK_FACTOR);
  holdTeamKey(teamId, key, DEMO_PASSPHRASE);
  const db = openTeamDb(teamId);
  try {
    await loadGeneratedTeam(db, demo, input.deviceId ?? newDeviceId());
    await addTeam({
      id: teamId,
      name: demo.rows.team[0]?.name ?? 'Demo team',
      wrappedKey,
      currentPersonId: demo.leaderId,
      demo: true,
    });
  } catch (error) {
    await removeTeamFromPc(teamId);
    dropTeamKey(teamId);
    throw error;
  }
  return { teamId, personId: demo.leaderId };
}
