/** What the unlock screen does with storage: open a team with its passphrase, or take it off this PC to join again. */
export { unlockWithPassphrase, unlockWithoutTyping, type UnlockOutcome } from '../../db/keys/teamUnlock';
export { removeTeamFromPc } from '../../db/pcDb';
