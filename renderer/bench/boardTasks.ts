/**
 * Board benchmark tasks, run inside Chromium on the bench page: gather a thousand open cases into the first stage
 * through the write path, so the scrolling measurement has a column of 1,000 cards.
 */
import { orderColumns } from '../../shared/board/boardIndex';
import { KEY_WORK_FACTOR } from '../../shared/keys/teamKey';
import { deriveKey } from '../db/keys/deriveKey';
import { heldKey } from '../db/keys/heldKeys';
import { wrapWithPassphrase } from '../db/keys/newTeamKey';
import { addTeam } from '../db/pcDb';
import { openTeamDb } from '../db/teamDb';
import { inOneWrite, makeWriteContext, updateRecord } from '../db/writer';

export const boardTasks = {
  async boardFillFirstColumn(
    teamId: string,
    personId: string,
    count: number,
  ): Promise<{ columnId: string; title: string; openCases: number; ms: number }> {
    const started = performance.now();
    const db = openTeamDb(teamId);
    const person = await db.rows('members').get(personId);
    if (!person) throw new Error('The benchmark team has no such person.');
    const writer = await makeWriteContext(db, 'bench-device', { id: person.id, name: person.name });
    const first = orderColumns(await db.rows('boardColumns').toArray()).find((column) => !column.retired);
    if (!first) throw new Error('The benchmark team has no stages.');
    const open = (await db.rows('cases').toArray()).filter((row) => !row.deleted && row.status === 'open');
    const already = open.filter((row) => row.columnId === first.id).length;
    const toMove = open.filter((row) => row.columnId !== first.id).slice(0, Math.max(0, count - already));
    await inOneWrite(writer, async () => {
      for (const row of toMove) await updateRecord(writer, 'cases', row.id, { columnId: first.id });
    });
    return {
      columnId: first.id,
      title: first.title,
      openCases: already + toMove.length,
      ms: Math.round(performance.now() - started),
    };
  },

  /** Changes the next review date of `count` open cases, as people do on case pages between two openings. */
  async boardTouchCases(teamId: string, personId: string, count: number): Promise<number> {
    const db = openTeamDb(teamId);
    const person = await db.rows('members').get(personId);
    if (!person) throw new Error('The benchmark team has no such person.');
    const writer = await makeWriteContext(db, 'bench-device', { id: person.id, name: person.name });
    const open = (await db.rows('cases').toArray()).filter((row) => !row.deleted && row.status === 'open');
    const chosen = open.sort(() => Math.random() - 0.5).slice(0, count);
    for (const row of chosen) {
      const day = 1 + Math.floor(Math.random() * 28);
      await updateRecord(writer, 'cases', row.id, {
        nextReviewDate: `2027-02-${String(day).padStart(2, '0')}`,
      });
    }
    return chosen.length;
  },

  /**
   * Makes the generated team one that opens only with its passphrase typed, its key wrapped at a real team's work
   * factor, and returns how long that derivation alone takes here, in a worker as the unlock screen runs it.
   */
  async boardRequirePassphrase(teamId: string, personId: string, passphrase: string): Promise<number> {
    const held = heldKey(teamId);
    if (!held) throw new Error('The benchmark team is not open on the bench page.');
    const { wrappedKey } = await wrapWithPassphrase(teamId, passphrase, KEY_WORK_FACTOR, held.key);
    await addTeam({ id: teamId, name: 'Benchmark team', wrappedKey, currentPersonId: personId });
    const started = performance.now();
    (await deriveKey(passphrase, wrappedKey.kdf)).fill(0);
    return Math.round(performance.now() - started);
  },

  /** Removes the board's saved snapshot, so the next opening reads every table (as on a PC's first opening). */
  async boardForgetSnapshot(teamId: string): Promise<void> {
    await openTeamDb(teamId).table('meta').bulkDelete(['board-snapshot', 'board-search', 'board-cards']);
  },
};
