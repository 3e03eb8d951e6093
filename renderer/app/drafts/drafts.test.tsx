import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rememberUnlocked } from '../access/unlockMemory';
import { useAccessActions } from '../access/useAccessActions';
import { usePerson } from '../team/usePerson';
import { getAppApi } from '../../bridge/appApi';
import { setPin } from '../../db/pins';
import { FormFrame } from '../../ui/forms/FormFrame';
import { TextField } from '../../ui/forms/TextField';
import { useEditingPart } from '../../ui/forms/useEditingPart';
import { useSaveForm } from '../../ui/forms/useSaveForm';
import { renderSignedInApp } from '../../../tests/factories/appRender';
import { createEastTeamWithAli } from '../../../tests/factories/eastTeam';
import { forgetAllDrafts } from './draftStore';
import { useDraftField } from './useDraftField';

const SLOW = { timeout: 15_000 };
vi.setConfig({ testTimeout: 60_000 });
const saved: { text: string; by: string }[] = [];

/** Stands in for a case page: a view of the child, recorded in a form opened by a button, and the Lock button. */
function CasePage() {
  const person = usePerson();
  const { lock } = useAccessActions();
  const { editing, open, close, done } = useEditingPart<'add'>('views');
  return (
    <div>
      <p>Working as {person?.name}</p>
      {editing === 'add' ? (
        <ViewForm onCancel={close} onSaved={() => done('View recorded.')} by={person?.name ?? ''} />
      ) : (
        <button type="button" id="views-add" onClick={() => open('add')}>
          Record a view
        </button>
      )}
      <button type="button" onClick={lock}>
        Lock
      </button>
    </div>
  );
}

function ViewForm({ onCancel, onSaved, by }: { onCancel: () => void; onSaved: () => void; by: string }) {
  const form = useSaveForm('viewform-', 'view:case-1');
  const [text, setText] = useDraftField(form.draftKey, 'text', '');
  const submit = async () => {
    if (
      await form.run(
        () => ({}),
        async () => saved.push({ text, by }),
      )
    )
      onSaved();
  };
  return (
    <FormFrame
      title="Record a view"
      form={form}
      submitLabel="Record the view"
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField id="viewform-text" label="What they said" multiline value={text} onChange={setText} />
    </FormFrame>
  );
}

/** Sam (a leader) is working; Ali also has a PIN on this PC. */
async function openWithTwoPeople() {
  rememberUnlocked(null);
  const { teamId, samId, aliId } = await createEastTeamWithAli();
  await setPin(teamId, samId, '4071', 1_000);
  await setPin(teamId, aliId, '5820', 1_000);
  await getAppApi().settings.set({ lastTeamId: teamId });
  rememberUnlocked({ teamId, personId: samId });
  renderSignedInApp(<CasePage />);
  await screen.findByText('Working as Sam Okafor', {}, SLOW);
}

async function switchTo(user: ReturnType<typeof userEvent.setup>, name: string, pin: string) {
  await user.click(screen.getByRole('button', { name: 'Lock' }));
  await user.click(await screen.findByRole('button', { name: 'Someone else? Switch person' }, SLOW));
  await user.click(await screen.findByRole('radio', { name: new RegExp(`^${name}`) }, SLOW));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.type(await screen.findByLabelText(`${name}’s PIN`, {}, SLOW), pin);
  await user.click(screen.getByRole('button', { name: /^(Unlock|Sign in)$/ }));
  await screen.findByText(`Working as ${name}`, {}, SLOW);
  await waitFor(() => expect(document.querySelector('[data-access-screen]')).toBeNull(), SLOW);
}

beforeEach(() => {
  forgetAllDrafts();
  saved.length = 0;
});

describe('what a person typed and did not save', () => {
  it('is not shown to the next person, cannot be saved under their name, and waits for its author', async () => {
    await openWithTwoPeople();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Record a view' }));
    await user.type(screen.getByLabelText('What they said'), 'Mum said she is scared');

    await switchTo(user, 'Ali Khan', '5820');
    expect(screen.queryByText('Mum said she is scared')).toBeNull();
    expect(screen.queryByLabelText('What they said')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Record a view' }));
    expect(screen.getByLabelText('What they said')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Record the view' }));
    expect(saved).toEqual([{ text: '', by: 'Ali Khan' }]);

    await switchTo(user, 'Sam Okafor', '4071');
    expect(await screen.findByLabelText('What they said')).toHaveValue('Mum said she is scared');
    await user.click(screen.getByRole('button', { name: 'Record the view' }));
    await waitFor(() => expect(saved).toContainEqual({ text: 'Mum said she is scared', by: 'Sam Okafor' }));
  });

  it('is forgotten when its author cancels the form', async () => {
    await openWithTwoPeople();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Record a view' }));
    await user.type(screen.getByLabelText('What they said'), 'Half a thought');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await switchTo(user, 'Ali Khan', '5820');
    await switchTo(user, 'Sam Okafor', '4071');
    await user.click(screen.getByRole('button', { name: 'Record a view' }));
    expect(screen.getByLabelText('What they said')).toHaveValue('');
  });
});
