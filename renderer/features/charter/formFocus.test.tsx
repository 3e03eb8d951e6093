import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithTestTeam } from '../../../tests/factories/renderWithTestTeam';
import { commitmentFields, recordedTargetFields } from '../../../tests/factories/charter';
import { makeTestTeam, type TestTeam } from '../../../tests/factories/testTeam';
import { createRecord } from '../../db/writer';
import { createAim, createTarget } from './aims/aimCommands';
import { AimPage } from './aims/AimPage';
import { CharterSection } from './CharterSection';
import { createCommitment } from './commitments/commitmentCommands';
import { CommitmentPage } from './commitments/CommitmentPage';
import { CommitmentsPage } from './commitments/CommitmentsPage';
import { createProcedure } from './procedures/procedureCommands';
import { ProcedurePage } from './procedures/ProcedurePage';
import { TargetPage } from './aims/TargetPage';
import { VersionPage } from './versions/VersionPage';
import { openInTestTeam } from '../../../tests/factories/screenSteps';

/**
 * A form opened by a button takes the place of that button, so focus goes to the form's first field; a form that
 * is the page leaves focus alone, for the app moves it to the page's heading after navigating.
 */
describe('where focus goes when a charter form opens', { timeout: 20_000 }, () => {
  let team: TestTeam;
  let aimId: string;

  beforeEach(async () => {
    team = await makeTestTeam();
    aimId = await createAim(team.ctx, { title: 'Families get help early' });
  });

  const addRecordedTarget = () => createTarget(team.ctx, recordedTargetFields(aimId));

  it('pressing "Change the aim" puts the person in the aim field', async () => {
    const user = await openInTestTeam(<AimPage aimId={aimId} />, team);
    await user.click(await screen.findByRole('button', { name: 'Change the aim' }));
    expect(screen.getByLabelText('The aim')).toHaveFocus();
  });

  it('pressing "Add a target" puts the person in the target field', async () => {
    const user = await openInTestTeam(<AimPage aimId={aimId} />, team);
    await user.click(await screen.findByRole('button', { name: 'Add a target' }));
    expect(screen.getByLabelText('The target')).toHaveFocus();
  });

  it('pressing "Change the target" puts the person in the target field', async () => {
    const targetId = await addRecordedTarget();
    const user = await openInTestTeam(<TargetPage targetId={targetId} />, team);
    await user.click(await screen.findByRole('button', { name: 'Change the target' }));
    expect(screen.getByLabelText('The target')).toHaveFocus();
  });

  it('the form for recording a value, there from the start on a target’s page, leaves focus alone', async () => {
    const targetId = await addRecordedTarget();
    await renderWithTestTeam(<TargetPage targetId={targetId} />, team);
    expect(await screen.findByRole('form', { name: 'Record a value' })).toBeInTheDocument();
    expect(document.body).toHaveFocus();
  });

  it('pressing "Add a commitment" puts the person on the agency choice', async () => {
    const user = await openInTestTeam(<CommitmentsPage />, team);
    await user.click(await screen.findByRole('button', { name: 'Add a commitment' }));
    expect(screen.getByLabelText('Agency')).toHaveFocus();
  });

  it('the page for changing a commitment leaves focus alone', async () => {
    const agencyId = await createRecord(team.ctx, 'agencies', { name: 'Community Health', type: 'health' });
    const commitmentId = await createCommitment(team.ctx, commitmentFields(agencyId));
    await renderWithTestTeam(<CommitmentPage commitmentId={commitmentId} />, team);
    expect(await screen.findByRole('form', { name: 'Change a commitment' })).toBeInTheDocument();
    expect(document.body).toHaveFocus();
  });

  it('the pages for adding an aim and writing a new procedure leave focus alone', async () => {
    const { unmount } = await renderWithTestTeam(<CharterSection route={['new-aim']} />, team);
    expect(await screen.findByRole('form', { name: 'Add an aim' })).toBeInTheDocument();
    expect(document.body).toHaveFocus();
    unmount();
    await renderWithTestTeam(<CharterSection route={['new-procedure']} />, team);
    expect(await screen.findByRole('form', { name: 'Write a new procedure' })).toBeInTheDocument();
    expect(document.body).toHaveFocus();
  });

  it('pressing "Change the title, kind or review date" of a procedure puts the person in the title field, and a draft’s page leaves focus alone', async () => {
    const { procedureId, versionId } = await createProcedure(team.ctx, {
      title: 'Information-sharing protocol',
      kind: 'information-sharing',
      reviewDate: null,
      text: '# Sharing\n- With consent',
      changeSummary: 'First version',
    });
    const user = userEvent.setup();
    const { unmount } = await renderWithTestTeam(<ProcedurePage procedureId={procedureId} />, team);
    await user.click(await screen.findByRole('button', { name: 'Change the title, kind or review date' }));
    expect(screen.getByLabelText('Title')).toHaveFocus();
    unmount();
    await renderWithTestTeam(<VersionPage procedureId={procedureId} versionId={versionId} />, team);
    expect(await screen.findByRole('form', { name: 'Change draft version 1' })).toBeInTheDocument();
    expect(document.body).toHaveFocus();
  });

  it('closing a form with Cancel or by saving puts the person back on the button that opened it', async () => {
    const user = await openInTestTeam(<AimPage aimId={aimId} />, team);
    await user.click(await screen.findByRole('button', { name: 'Add a target' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Add a target' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Change the aim' }));
    await user.type(screen.getByLabelText('The aim'), ', and stay well');
    await user.click(screen.getByRole('button', { name: 'Save the aim' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The aim is saved.');
    // Focus moves back once the form has closed, just after the message shows.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Change the aim' })).toHaveFocus());
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Families get help early, and stay well',
    );
  });
});
