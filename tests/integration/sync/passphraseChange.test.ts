import { beforeEach, describe, expect, it } from 'vitest';
import { createWebApi } from '../../../renderer/bridge/webApi';
import { heldKey, rememberPassphrase } from '../../../renderer/db/keys/heldKeys';
import { wrapWithPassphrase } from '../../../renderer/db/keys/newTeamKey';
import { olderPassphrasesOf } from '../../../renderer/db/keys/passphraseKeys';
import { unwrapTeamKey } from '../../../renderer/db/keys/teamUnlock';
import { addTeam, getPcTeam, updateTeamKeys } from '../../../renderer/db/pcDb';
import { createRecord, updateRecord } from '../../../renderer/db/writer';
import {
  adoptIfChanged,
  changeTeamPassphrase,
} from '../../../renderer/features/access/team/passphraseCommands';
import { findReceipt } from '../../../renderer/db/importApply';
import {
  exportToBytes,
  importBytes,
  importOk,
  PASSPHRASE,
  type Pc,
  type StartedTeam,
  twoPcs,
} from './harness';

const NEW_PASSPHRASE = 'lantern harbour quietly 19';
const LIGHT = { workFactor: 2 };

/**
 * Lists the team in the PC database, its held key wrapped with the team passphrase. The PCs of the harness share
 * one PC database, so this is also how a test puts one PC's row back as that PC had it.
 */
async function listTeamHere(teamId: string, passphrase = PASSPHRASE): Promise<void> {
  const key = heldKey(teamId)?.key;
  if (!key) throw new Error('The team has no key.');
  const { wrappedKey } = await wrapWithPassphrase(teamId, passphrase, 2, key.slice());
  await addTeam({ id: teamId, name: 'North Locality Team', wrappedKey, currentPersonId: null });
}

async function bundleIdOf(pc: Pc, bytes: Uint8Array): Promise<string> {
  const preview = await importOk(pc, bytes);
  return preview.bundleId;
}

/** A moment passes, so that what follows is later than what came before on every clock. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('changing the team passphrase', () => {
  let started: StartedTeam;
  let a: Pc;
  let b: Pc;
  let caseId: string;
  const api = () => createWebApi(window.sessionStorage);

  beforeEach(async () => {
    window.sessionStorage.clear();
    const pcs = await twoPcs();
    ({ a, b } = pcs);
    started = pcs;
    await listTeamHere(started.teamId);
    caseId = await createRecord(b.ctx, 'cases', {
      reference: 'JU-0042',
      columnId: started.columnIds[0] ?? '',
      openedAt: '2026-01-05',
    });
  });

  it('refuses a file locked with the old passphrase after the change, in plain words, changing nothing', async () => {
    const changed = await changeTeamPassphrase(
      a.ctx,
      api(),
      { current: PASSPHRASE, next: NEW_PASSPHRASE },
      LIGHT,
    );
    expect(changed.ok).toBe(true);
    await tick();
    await updateRecord(b.ctx, 'cases', caseId, { displayName: 'Child Q.' });
    const afterChange = await exportToBytes(b);

    const refused = await importBytes(a, afterChange);
    expect('error' in refused && refused.error.kind).toBe('oldPassphrase');
    expect('error' in refused && refused.error.message).toMatch(
      /^This file was locked with the team’s old passphrase, after it was changed on \d{1,2} \w+ \d{4}\. Ask whoever sent it for a new file\./,
    );
    expect(await a.db.rows('cases').get(caseId)).toBeUndefined();

    // Through the team folder the same file is tried with the remembered list, the new passphrase first.
    const quiet = await importBytes(a, afterChange, { keys: { passphrases: [NEW_PASSPHRASE, PASSPHRASE] } });
    expect('error' in quiet && quiet.error.kind).toBe('oldPassphrase');
  });

  it('still opens a file made before the change, and keeps the receipt of one brought in before', async () => {
    const broughtIn = await bundleIdOf(a, await exportToBytes(b));
    await updateRecord(b.ctx, 'cases', caseId, { displayName: 'Child Q.' });
    const madeBefore = await exportToBytes(b);
    await tick();

    await changeTeamPassphrase(a.ctx, api(), { current: PASSPHRASE, next: NEW_PASSPHRASE }, LIGHT);

    expect(await findReceipt(a.db, broughtIn)).toBeDefined();
    await importOk(a, madeBefore);
    expect((await a.db.rows('cases').get(caseId))?.displayName).toBe('Child Q.');
  });

  it('makes this PC open the team with the new passphrase only, keeping the old one for older files', async () => {
    await changeTeamPassphrase(a.ctx, api(), { current: PASSPHRASE, next: NEW_PASSPHRASE }, LIGHT);
    const row = await getPcTeam(started.teamId);
    if (!row) throw new Error('The team is gone from this PC.');
    expect(await unwrapTeamKey(row, PASSPHRASE)).toBeNull();
    expect(await unwrapTeamKey(row, NEW_PASSPHRASE)).not.toBeNull();
    expect(await olderPassphrasesOf(started.teamId)).toEqual([PASSPHRASE]);
    expect(row.wrappedKey?.kdf.logN).toBe(2);
    const team = await a.db.rows('team').get(started.teamId);
    expect(team?.passphraseGeneration).toBe(1);
    expect(team?.passphraseChangedBy).toBe(a.ctx.person.id);
  });

  it('refuses the change when the current passphrase is wrong, and keeps the old one working', async () => {
    const refused = await changeTeamPassphrase(
      a.ctx,
      api(),
      { current: 'not the passphrase', next: NEW_PASSPHRASE },
      LIGHT,
    );
    expect(refused).toEqual({
      ok: false,
      field: 'current',
      message: expect.stringContaining('not the team’s current passphrase'),
    });
    const row = await getPcTeam(started.teamId);
    expect(row && (await unwrapTeamKey(row, PASSPHRASE))).not.toBeNull();
    expect((await a.db.rows('team').get(started.teamId))?.passphraseGeneration).toBe(0);
  });

  it('is for team leaders only', async () => {
    await expect(
      changeTeamPassphrase(b.ctx, api(), { current: PASSPHRASE, next: NEW_PASSPHRASE }, LIGHT),
    ).rejects.toThrow('Only a team leader can change the team passphrase.');
  });

  it('tells the person who brings in the first new-passphrase file on another PC what happened, and that PC adopts it', async () => {
    await importOk(a, await exportToBytes(b));
    await changeTeamPassphrase(a.ctx, api(), { current: PASSPHRASE, next: NEW_PASSPHRASE }, LIGHT);
    const fromA = await exportToBytes(a, undefined, NEW_PASSPHRASE);
    // B's row in the PC database, as B has it: the old passphrase, no change seen.
    await updateTeamKeys(started.teamId, { olderPassphrases: undefined, passphraseGeneration: undefined });
    await listTeamHere(started.teamId, PASSPHRASE);
    // …and B's team opened with the old passphrase typed (the held keys are shared in this harness too).
    rememberPassphrase(started.teamId, PASSPHRASE);

    expect((await importBytes(b, fromA)).ok).toBe(false);
    await importOk(b, fromA, { passphrase: NEW_PASSPHRASE });
    const told = await adoptIfChanged(b.db, api(), NEW_PASSPHRASE, LIGHT);

    expect(told).toMatch(
      /^The team passphrase was changed by Ana Silva on \d{1,2} \w+ \d{4}\. This PC now uses the new one/,
    );
    const row = await getPcTeam(started.teamId);
    expect(row && (await unwrapTeamKey(row, NEW_PASSPHRASE))).not.toBeNull();
    expect(await olderPassphrasesOf(started.teamId)).toEqual([PASSPHRASE]);
    // Told once: the next file changes nothing.
    expect(await adoptIfChanged(b.db, api(), NEW_PASSPHRASE, LIGHT)).toBeNull();
  });
});
