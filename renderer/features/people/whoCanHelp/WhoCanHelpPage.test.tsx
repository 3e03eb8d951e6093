import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createRecord } from '../../../db/writer';
import { renderWithTestTeam } from '../../../../tests/factories/renderWithTestTeam';
import { makeTestTeam } from '../../../../tests/factories/testTeam';
import { WhoCanHelpPage } from './WhoCanHelpPage';

describe('who can help with…', { timeout: 30_000 }, () => {
  it('updates the ranked results and the spoken count on each keystroke', async () => {
    const user = userEvent.setup();
    const team = await makeTestTeam();
    await createRecord(team.ctx, 'members', {
      name: 'Priya Shah',
      profession: 'camhs-clinician',
      skills: ['trauma', 'self-harm'],
    });
    await createRecord(team.ctx, 'members', {
      name: 'Sam Taylor',
      profession: 'health-visitor',
      whatIDo: 'Trauma-informed home visits.',
    });
    await createRecord(team.ctx, 'members', {
      name: 'Lee Gone',
      profession: 'social-worker',
      skills: ['trauma'],
      status: 'left',
    });
    await renderWithTestTeam(<WhoCanHelpPage />, team);
    const search = await screen.findByLabelText('What do you need help with?');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Type a need to see who can help.');
    await user.type(search, 'tr');
    expect(status).toHaveTextContent('2 people found');
    const names = () => screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(names()).toEqual(['Priya Shah', 'Sam Taylor']);
    await user.type(search, 'auma self');
    expect(status).toHaveTextContent('1 person found');
    expect(names()).toEqual(['Priya Shah']);
    expect(screen.getByText(/Matched on: .*Skill: self-harm/)).toBeInTheDocument();
    await user.type(search, 'zzz');
    expect(status).toHaveTextContent('Nobody found');
  });
});
