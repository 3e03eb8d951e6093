import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithTestTeam } from '../../../../tests/factories/renderWithTestTeam';
import { makeTestTeam } from '../../../../tests/factories/testTeam';
import { updateRecord } from '../../../db/writer';
import { TemplateEditor } from './TemplateEditor';
import { TemplatesPage } from './TemplatesPage';
import { openInTestTeam, retype } from '../../../../tests/factories/screenSteps';

// The machine running tests may be busy: give live database reads time to arrive.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  window.location.hash = '';
});

describe('reflection templates', () => {
  it('lets a leader copy a built-in template and change its prompts', async () => {
    const team = await makeTestTeam();
    const user = userEvent.setup();
    const list = await renderWithTestTeam(<TemplatesPage />, team);
    await user.click(await screen.findByRole('button', { name: 'Copy and edit Reflective cycle' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/reflection\/templates\/[0-9a-f-]{36}$/));
    const id = window.location.hash.split('/').at(-1) ?? '';
    const copy = await team.db.rows('reflectionTemplates').get(id);
    expect(copy?.name).toBe('Reflective cycle (our version)');
    expect(copy?.copiedFrom).toBe('gibbs');
    expect(copy?.prompts).toHaveLength(6);
    list.unmount();

    const { unmount } = await renderWithTestTeam(<TemplateEditor templateId={id} />, team);
    const name = await screen.findByLabelText('Name');
    await retype(user, name, 'Our cycle');
    const first = screen.getByLabelText('Prompt 1');
    await retype(user, first, 'What happened?!');
    await user.click(screen.getByRole('button', { name: 'Remove prompt 6' }));
    await user.click(screen.getByRole('button', { name: 'Add a prompt' }));
    await user.type(screen.getByLabelText('Prompt 6'), 'One thing to try');
    await user.type(screen.getByLabelText('Minutes for prompt 6 (optional)'), '5');
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    expect(await screen.findByText('Template saved.')).toBeInTheDocument();

    const saved = await team.db.rows('reflectionTemplates').get(id);
    expect(saved?.name).toBe('Our cycle');
    expect(saved?.prompts.map((prompt) => prompt.text)).toEqual([
      'What happened?!',
      'What were we thinking and feeling?',
      'What went well, and what did not?',
      'Why did it go that way?',
      'What else could we have done?',
      'One thing to try',
    ]);
    expect(saved?.prompts.at(-1)?.minutes).toBe(5);
    unmount();
  }, 30_000);

  it('refuses a template with an empty prompt and says which one', async () => {
    const team = await makeTestTeam();
    const user = await openInTestTeam(<TemplateEditor templateId={null} />, team);
    await user.type(await screen.findByLabelText('Name'), 'Quick check-in');
    await user.click(screen.getByRole('button', { name: 'Add a prompt' }));
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Enter the wording of prompt 1.');
    expect(await team.db.rows('reflectionTemplates').count()).toBe(0);
  }, 20_000);

  it('shows members the templates without the means to change them', async () => {
    const team = await makeTestTeam();
    await updateRecord(team.ctx, 'members', team.ctx.person.id, { teamRole: 'member' });
    await renderWithTestTeam(<TemplatesPage />, team);
    expect(await screen.findByText(/Team leaders can copy and change templates/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Copy and edit/ })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Write a new template' })).toBeNull();
  });
});
