import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createRecord } from '../../../db/writer';
import { renderWithTestTeam } from '../../../../tests/factories/renderWithTestTeam';
import { makeTestTeam } from '../../../../tests/factories/testTeam';
import { MemberEditPage } from './MemberEditPage';
import { MemberProfilePage } from '../MemberProfilePage';
import { expectErrorSummary, fill, openInTestTeam } from '../../../../tests/factories/screenSteps';

async function teamWithAgencies() {
  const team = await makeTestTeam();
  const council = await createRecord(team.ctx, 'agencies', {
    name: 'City Council Social Work',
    type: 'social-work',
  });
  const health = await createRecord(team.ctx, 'agencies', { name: 'Community Health', type: 'health' });
  return { team, council, health };
}

describe('adding and changing a person', { timeout: 30_000 }, () => {
  afterEach(() => {
    window.location.hash = '';
  });

  it('refuses a secondment that ends before it starts, focuses the summary, and keeps what was typed', async () => {
    const { team } = await teamWithAgencies();
    const user = await openInTestTeam(<MemberEditPage memberId={null} />, team);
    await fill(user, await screen.findByLabelText('Name'), 'Ana Silva');
    await user.selectOptions(screen.getByLabelText('Profession'), 'Health visitor');
    await fill(user, screen.getByLabelText('Secondment start'), '2026-06-01');
    await fill(user, screen.getByLabelText('Secondment end'), '2026-05-01');
    await user.click(screen.getByRole('button', { name: 'Add to the directory' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The secondment end must not be before its start.');
    expect(summary).toHaveFocus();
    expect(screen.getByLabelText('Secondment end')).toHaveAccessibleDescription(
      /The secondment end must not be before its start/,
    );
    expect(screen.getByLabelText('Name')).toHaveValue('Ana Silva');
    expect((await team.db.rows('members').toArray()).map((m) => m.name)).not.toContain('Ana Silva');
  });

  it('saves every field, with skills from the team’s suggestions and office days ticked', async () => {
    const { team, council, health } = await teamWithAgencies();
    await createRecord(team.ctx, 'members', {
      name: 'Old Hand',
      profession: 'camhs-clinician',
      skills: ['trauma'],
    });
    const user = await openInTestTeam(<MemberEditPage memberId={null} />, team);
    await fill(user, await screen.findByLabelText('Name'), 'Tom Reid');
    await user.selectOptions(screen.getByLabelText('Profession'), 'Health visitor');
    await user.selectOptions(screen.getByLabelText('Employing agency'), 'Community Health');
    await user.selectOptions(screen.getByLabelText('Host agency (if seconded)'), 'City Council Social Work');
    await fill(user, screen.getByLabelText('Add a skill'), 'tra');
    await user.click(await screen.findByRole('option', { name: 'trauma' }));
    await fill(user, screen.getByLabelText('Add a skill'), 'sleep');
    await user.click(screen.getByRole('button', { name: 'Add skill' }));
    await user.click(screen.getByRole('checkbox', { name: 'Tuesday' }));
    await user.click(screen.getByRole('checkbox', { name: 'Thursday' }));
    await fill(user, screen.getByLabelText('Hours a week'), '22.5');
    await user.click(screen.getByRole('radio', { name: 'No, based elsewhere' }));
    await user.click(screen.getByRole('button', { name: 'Add to the directory' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/people\/member\//));
    const saved = (await team.db.rows('members').toArray()).find((m) => m.name === 'Tom Reid');
    expect(saved).toMatchObject({
      profession: 'health-visitor',
      employingAgencyId: health,
      hostAgencyId: council,
      skills: ['trauma', 'sleep'],
      officeDays: ['tue', 'thu'],
      hoursPerWeek: 22.5,
      coLocated: false,
    });
  });

  it('adds one person when Add to the directory is pressed twice quickly', async () => {
    const { team } = await teamWithAgencies();
    const user = await openInTestTeam(<MemberEditPage memberId={null} />, team);
    await fill(user, await screen.findByLabelText('Name'), 'Ana Silva');
    await user.selectOptions(screen.getByLabelText('Profession'), 'Health visitor');
    await user.dblClick(screen.getByRole('button', { name: 'Add to the directory' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/people\/member\//));
    const names = (await team.db.rows('members').toArray()).map((m) => m.name);
    expect(names.filter((name) => name === 'Ana Silva')).toHaveLength(1);
  });

  it('catches a person already in the directory by email, whatever its case', async () => {
    const { team } = await teamWithAgencies();
    await createRecord(team.ctx, 'members', {
      name: 'Sam Taylor',
      profession: 'teacher',
      email: 'sam@example.org',
    });
    const user = await openInTestTeam(<MemberEditPage memberId={null} />, team);
    await fill(user, await screen.findByLabelText('Name'), 'Samuel Taylor');
    await user.selectOptions(screen.getByLabelText('Profession'), 'Teacher');
    await fill(user, screen.getByLabelText('Email'), 'SAM@example.org');
    await user.click(screen.getByRole('button', { name: 'Add to the directory' }));
    await expectErrorSummary('Add a person', 'Sam Taylor is already in the directory with this email.');
    expect(screen.getByLabelText('Email')).toHaveValue('SAM@example.org');
    expect((await team.db.rows('members').toArray()).filter((m) => m.name.startsWith('Sam'))).toHaveLength(1);
  });

  it('changes a profile and shows both lines of accountability with their agencies', async () => {
    const user = userEvent.setup();
    const { team, council, health } = await teamWithAgencies();
    const supervisor = await createRecord(team.ctx, 'members', {
      name: 'Rita Health',
      profession: 'health-visitor',
      employingAgencyId: health,
    });
    const manager = await createRecord(team.ctx, 'members', {
      name: 'Mo Council',
      profession: 'social-worker',
      employingAgencyId: council,
    });
    const id = await createRecord(team.ctx, 'members', {
      name: 'Jo Park',
      profession: 'health-visitor',
      employingAgencyId: health,
      hostAgencyId: council,
      supervisorId: supervisor,
      lineManagerId: manager,
    });
    const { unmount } = await renderWithTestTeam(<MemberEditPage memberId={id} />, team);
    const role = await screen.findByLabelText('Role title');
    await fill(user, role, 'Seconded health visitor');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () =>
      expect((await team.db.rows('members').get(id))?.roleTitle).toBe('Seconded health visitor'),
    );
    unmount();
    await renderWithTestTeam(<MemberProfilePage memberId={id} />, team);
    expect(await screen.findByText('Changes saved.')).toBeInTheDocument();
    expect(screen.getByText('Professional supervision').nextSibling).toHaveTextContent(
      'Rita Health (Community Health)',
    );
    expect(screen.getByText('Line management').nextSibling).toHaveTextContent(
      'Mo Council (City Council Social Work)',
    );
  });
});
