/**
 * Random histories of two PCs around a change of team passphrase: PC A's leader changes it while PC B goes on
 * working with the old one, each editing the same case and passing files the other way. Whatever happened, every
 * file B locks with the old passphrase after the change is refused by A, and A's new files do not open on B with
 * the old one; once B has the new passphrase and both have passed a file each way, both hold the same data, each
 * field its newest write: nothing either saved in the meantime is lost.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWebApi } from '../../../renderer/bridge/webApi';
import { heldKey } from '../../../renderer/db/keys/heldKeys';
import { wrapWithPassphrase } from '../../../renderer/db/keys/newTeamKey';
import { addTeam } from '../../../renderer/db/pcDb';
import { updateRecord } from '../../../renderer/db/writer';
import { changeTeamPassphrase } from '../../../renderer/features/access/team/passphraseCommands';
import {
  addCase,
  dataOf,
  exportToBytes,
  importBytes,
  importOk,
  PASSPHRASE,
  type Pc,
  twoPcs,
} from './harness';

const NEW_PASSPHRASE = 'lantern harbour quietly 19';
const WORDS = ['Child A.', 'Child B.', 'Family C.', ''] as const;
const DATES = ['2026-01-01', '2026-06-30', null] as const;

type Op =
  | { kind: 'edit'; pc: 0 | 1; field: 'displayName'; value: string }
  | { kind: 'edit'; pc: 0 | 1; field: 'nextReviewDate'; value: string | null }
  | { kind: 'send'; from: 0 | 1 };

const pcArb = fc.constantFrom<0 | 1>(0, 1);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    pc: pcArb,
    field: fc.constant('displayName' as const),
    value: fc.constantFrom(...WORDS),
  }),
  fc.record({
    kind: fc.constant('edit' as const),
    pc: pcArb,
    field: fc.constant('nextReviewDate' as const),
    value: fc.constantFrom(...DATES),
  }),
  fc.record({ kind: fc.constant('send' as const), from: pcArb }),
);

const tick = () => new Promise((resolve) => setTimeout(resolve, 3));

describe('two PCs around a change of passphrase', () => {
  it('converge once both have the new passphrase, though one learned of the change late', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { maxLength: 4 }),
        fc.array(opArb, { minLength: 1, maxLength: 5 }),
        async (before, after) => {
          const started = await twoPcs();
          const { a, b } = started;
          const key = heldKey(started.teamId)?.key;
          if (!key) throw new Error('The team has no key.');
          const { wrappedKey } = await wrapWithPassphrase(started.teamId, PASSPHRASE, 2, key.slice());
          await addTeam({ id: started.teamId, name: 'North', wrappedKey, currentPersonId: null });
          const caseId = await addCase(started);
          await importOk(b, await exportToBytes(a, undefined, PASSPHRASE));
          const pcs = [a, b] as const;

          for (const op of before) {
            if (op.kind === 'edit')
              await updateRecord(pcs[op.pc].ctx, 'cases', caseId, { [op.field]: op.value });
            else
              await importOk(
                pcs[1 - op.from] as Pc,
                await exportToBytes(pcs[op.from], undefined, PASSPHRASE),
              );
          }
          const api = createWebApi(window.sessionStorage);
          const changed = await changeTeamPassphrase(
            a.ctx,
            api,
            { current: PASSPHRASE, next: NEW_PASSPHRASE },
            { workFactor: 2 },
          );
          expect(changed.ok).toBe(true);
          await tick();

          for (const op of after) {
            if (op.kind === 'edit') {
              await updateRecord(pcs[op.pc].ctx, 'cases', caseId, { [op.field]: op.value });
            } else if (op.from === 0) {
              // B has not heard of the change: A's new file does not open with the old passphrase.
              const tried = await importBytes(b, await exportToBytes(a, undefined, NEW_PASSPHRASE));
              expect('error' in tried && tried.error.kind).toBe('wrongPassphrase');
            } else {
              // A refuses B's file: only the old passphrase opens it, and it was made after the change.
              const tried = await importBytes(a, await exportToBytes(b, undefined, PASSPHRASE));
              expect('error' in tried && tried.error.kind).toBe('oldPassphrase');
            }
          }

          // B is told the new passphrase: a file each way, both locked with it.
          await importOk(b, await exportToBytes(a, undefined, NEW_PASSPHRASE), {
            passphrase: NEW_PASSPHRASE,
          });
          await importOk(a, await exportToBytes(b, undefined, NEW_PASSPHRASE), {
            passphrase: NEW_PASSPHRASE,
          });
          await importOk(b, await exportToBytes(a, undefined, NEW_PASSPHRASE), {
            passphrase: NEW_PASSPHRASE,
          });
          expect(await dataOf(b)).toEqual(await dataOf(a));
          window.sessionStorage.clear();
        },
      ),
      { numRuns: Number(process.env['PASSPHRASE_HISTORIES'] ?? '30') },
    );
  }, 300_000);
});
