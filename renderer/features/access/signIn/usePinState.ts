import { useLiveQuery } from 'dexie-react-hooks';
import { getPinState, type PinState } from '../../../db/pins';

/** Whether a person has a PIN on this PC and how long they must wait before another try; undefined while loading. */
export function usePinState(teamId: string, memberId: string): PinState | undefined {
  return useLiveQuery(() => getPinState(teamId, memberId), [teamId, memberId]);
}
