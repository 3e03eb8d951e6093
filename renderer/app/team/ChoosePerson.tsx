import { SignIn } from '../../features/access/signIn/SignIn';

/** Asks who is working at this PC (with their PIN), so that every change carries their name; also the lock screen. */
export function ChoosePerson() {
  return <SignIn />;
}
