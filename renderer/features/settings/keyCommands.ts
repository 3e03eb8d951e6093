/** What the settings do with the team's key on this PC: let the operating system keep it, or stop. */
export {
  canKeepKeyOnThisPc,
  keepKeyOnThisPc,
  keepsKeyOnThisPc,
  stopKeepingKeyOnThisPc,
} from '../../db/keys/osKey';
