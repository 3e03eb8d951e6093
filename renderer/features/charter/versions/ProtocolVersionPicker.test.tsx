import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeTestTeam } from '../../../../tests/factories/testTeam';
import { createProcedure, publishVersion, startNewVersion } from '../procedures/procedureCommands';
import { ProtocolVersionPicker } from './ProtocolVersionPicker';
import { openInTestTeam } from '../../../../tests/factories/screenSteps';

describe('choosing the protocol version a case relies on', { timeout: 20_000 }, () => {
  it('offers only published versions, marks the one in force, and gives back the chosen version', async () => {
    const team = await makeTestTeam();
    const { procedureId, versionId: v1 } = await createProcedure(team.ctx, {
      title: 'Sharing protocol',
      kind: 'information-sharing',
      reviewDate: null,
      text: '# One',
      changeSummary: 'First',
    });
    await publishVersion(team.ctx, v1);
    const { versionId: v2 } = await startNewVersion(team.ctx, procedureId, 'Second');
    await publishVersion(team.ctx, v2);
    await startNewVersion(team.ctx, procedureId, 'A draft nobody agreed yet');
    const onChange = vi.fn();
    const user = await openInTestTeam(<ProtocolVersionPicker value={null} onChange={onChange} />, team);

    await screen.findByRole('option', { name: 'Sharing protocol, version 2 (in force)' });
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Not chosen',
      'Sharing protocol, version 2 (in force)',
      'Sharing protocol, version 1 (replaced)',
    ]);
    await user.selectOptions(screen.getByLabelText('Protocol the sharing relies on'), v1);
    expect(onChange).toHaveBeenLastCalledWith(v1);
  });
});
