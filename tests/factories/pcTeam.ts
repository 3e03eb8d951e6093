/** A team listed on this PC (the PC database), its data key wrapped with a light scrypt work factor to stay quick. */
import { toBase64 } from '../../shared/keys/bytes';
import { wrapWithPassphrase } from '../../renderer/db/keys/newTeamKey';
import { addTeam, updateTeamKeys, type PcTeamRow } from '../../renderer/db/pcDb';

/** Tests wrap keys with little work; the steps are those of the app. */
export const TEST_KEY_WORK_FACTOR = 2;

export interface PcTeamInput {
  id?: string;
  name?: string;
  passphrase?: string;
  currentPersonId?: string | null;
}

export async function addPcTeam(input: PcTeamInput = {}): Promise<PcTeamRow> {
  const id = input.id ?? crypto.randomUUID();
  const { wrappedKey } = await wrapWithPassphrase(
    id,
    input.passphrase ?? 'river stones 42',
    TEST_KEY_WORK_FACTOR,
  );
  return addTeam({
    id,
    name: input.name ?? 'East team',
    wrappedKey,
    currentPersonId: input.currentPersonId ?? null,
  });
}

/**
 * A team as versions before records were locked left it: listed with a PBKDF2 check of its passphrase (few rounds,
 * to stay quick), and no data key.
 */
export async function addLegacyPcTeam(input: PcTeamInput & { id: string }): Promise<PcTeamRow> {
  const passphrase = input.passphrase ?? 'river stones 42';
  const row = await addPcTeam(input);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const iterations = 1000;
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    256,
  );
  const passphraseCheck = { salt: toBase64(salt), hash: toBase64(new Uint8Array(bits)), iterations };
  await updateTeamKeys(row.id, { wrappedKey: undefined, passphraseCheck });
  const { wrappedKey: _dropped, ...legacy } = row;
  return { ...legacy, passphraseCheck };
}
