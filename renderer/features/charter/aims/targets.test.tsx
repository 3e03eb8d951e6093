import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithTestTeam } from '../../../../tests/factories/renderWithTestTeam';
import { makeTestTeam, type TestTeam } from '../../../../tests/factories/testTeam';
import { createRecord } from '../../../db/writer';
import { addReading, createAim, createTarget } from './aimCommands';
import { AimPage } from './AimPage';
import { AimsPage } from './AimsPage';

import { TargetPage } from './TargetPage';
import { todayIso } from '../../../../shared/dates';
import { openInTestTeam } from '../../../../tests/factories/screenSteps';
import { recordedTargetFields } from '../../../../tests/factories/charter';
import { daysFromToday } from '../../../../tests/factories/records';

describe('charter targets', { timeout: 20_000 }, () => {
  let team: TestTeam;
  let aimId: string;

  beforeEach(async () => {
    team = await makeTestTeam();
    aimId = await createAim(team.ctx, { title: 'Families get help early' });
  });

  it('refuses a target that does not say how it is measured, keeps what was typed and saves nothing', async () => {
    const user = await openInTestTeam(<AimPage aimId={aimId} />, team);
    await user.click(await screen.findByRole('button', { name: 'Add a target' }));
    await user.type(screen.getByLabelText('The target'), 'Reviews held on time');
    await user.type(screen.getByLabelText('Value to reach'), '90');
    await user.click(screen.getByRole('button', { name: 'Add the target' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('Say how the target is measured.')).toBeInTheDocument();
    expect(screen.getByLabelText('The target')).toHaveValue('Reviews held on time');
    expect(await team.db.rows('charterTargets').count()).toBe(0);
  });

  it('adds a target once it says how it is measured', async () => {
    const user = await openInTestTeam(<AimPage aimId={aimId} />, team);
    await user.click(await screen.findByRole('button', { name: 'Add a target' }));
    await user.type(screen.getByLabelText('The target'), 'Shadowing days');
    await user.type(screen.getByLabelText('How it is measured'), 'Days counted at the team meeting.');
    await user.type(screen.getByLabelText('Value to reach'), '6');
    await user.selectOptions(screen.getByLabelText('Unit'), 'count');
    await user.click(screen.getByRole('button', { name: 'Add the target' }));

    expect(await screen.findByRole('link', { name: 'Shadowing days' })).toBeInTheDocument();
    const [saved] = await team.db.rows('charterTargets').toArray();
    expect(saved).toMatchObject({ measure: 'recorded', targetValue: 6, unit: 'count' });
  });

  it('a recorded target shows the latest value, and a new value can be recorded with a date', async () => {
    const targetId = await createTarget(
      team.ctx,
      recordedTargetFields(aimId, { targetValue: 14, unit: 'days', direction: 'at-most' }),
    );
    await addReading(team.ctx, { targetId, date: daysFromToday(-40), value: 20 });
    const user = await openInTestTeam(<TargetPage targetId={targetId} />, team);
    expect(await screen.findByText('20 days', { selector: 'dd' })).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Date of the value'), { target: { value: todayIso() } });
    await user.type(screen.getByLabelText('Value (days)'), '12');
    await user.click(screen.getByRole('button', { name: 'Record the value' }));

    await waitFor(() => expect(screen.getByText('12 days', { selector: 'dd' })).toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('Value 12 recorded.');
    expect(await team.db.rows('targetReadings').count()).toBe(2);
  });

  it('a measured target shows the value the app works out from the board, beside the target', async () => {
    const caseId = await createRecord(team.ctx, 'cases', {
      reference: 'JU-0001',
      columnId: team.columnIds[0] ?? '',
      openedAt: daysFromToday(-60),
    });
    await createRecord(team.ctx, 'services', {
      caseId,
      name: 'Parenting group',
      recommendedOn: daysFromToday(-20),
      status: 'obtained',
      obtainedOn: daysFromToday(-5),
    });
    await createRecord(team.ctx, 'services', {
      caseId,
      name: 'Speech therapy',
      recommendedOn: daysFromToday(-10),
      status: 'recommended',
    });
    await createTarget(team.ctx, {
      aimId,
      description: 'Recommended services obtained',
      measure: 'services-obtained-share',
      howMeasured: 'From the board.',
      targetValue: 75,
      unit: '%',
    });
    await renderWithTestTeam(<AimsPage />, team);

    const card = (await screen.findByRole('link', { name: 'Recommended services obtained' })).closest('li');
    expect(card).not.toBeNull();
    const inCard = within(card as HTMLElement);
    expect(inCard.getByText('50%')).toBeInTheDocument();
    expect(inCard.getByText('Not met yet')).toBeInTheDocument();
    expect(inCard.getByText(/1 of 2 recommended services obtained/)).toBeInTheDocument();
    expect(inCard.getByRole('img', { name: /Trend of “Recommended services obtained”/ })).toBeInTheDocument();
  });
});
