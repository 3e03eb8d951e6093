import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createRecord } from '../../../db/writer';
import { addBoardCase } from '../../../../tests/factories/boardCases';
import { renderWithTestTeam } from '../../../../tests/factories/renderWithTestTeam';
import { makeTestTeam } from '../../../../tests/factories/testTeam';
import { TeamSuggestions } from './TeamSuggestions';

describe('the team around the child on a case', { timeout: 30_000 }, () => {
  it('shows a health gap and suggests the school nurse, but not people already involved', async () => {
    const team = await makeTestTeam();
    const nurse = await createRecord(team.ctx, 'members', { name: 'Nia Nurse', profession: 'school-nurse' });
    const teacher = await createRecord(team.ctx, 'members', { name: 'Tess Teacher', profession: 'teacher' });
    const caseId = await addBoardCase(team.ctx, {
      reference: 'JU-0001',
      columnId: team.columnIds[0] ?? '',
      concerns: ['healthy', 'achieving'],
      involved: [teacher],
    });
    await renderWithTestTeam(<TeamSuggestions caseId={caseId} />, team);
    expect(await screen.findByText(/Healthy: No health professional/)).toBeInTheDocument();
    expect(screen.queryByText(/Achieving:/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nia Nurse' })).toHaveAttribute(
      'href',
      `#/people/member/${nurse}`,
    );
    expect(screen.queryByRole('link', { name: 'Tess Teacher' })).not.toBeInTheDocument();
  });
});
