import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createWebApi } from '../../../bridge/webApi';
import { setAppApi } from '../../../bridge/appApi';
import { PrintCaseButton } from './PrintCaseButton';

afterEach(() => setAppApi(null));

function withPrint(
  toPdf: (name: string) => Promise<Awaited<ReturnType<ReturnType<typeof createWebApi>['print']['toPdf']>>>,
) {
  setAppApi({ ...createWebApi(window.localStorage), print: { toPdf } });
}

describe('printing a case summary', () => {
  it('prints to a PDF named by the case reference only, and says where it went', async () => {
    const toPdf = vi.fn(async (name: string) => ({ saved: true as const, name }));
    withPrint(toPdf);
    render(<PrintCaseButton reference="JU-0042" />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Print the case summary' }));
    expect(toPdf).toHaveBeenCalledWith('case-JU-0042.pdf');
    expect(await screen.findByText('The case summary was printed to case-JU-0042.pdf.')).toBeInTheDocument();
  });

  it('says plainly when printing failed, and nothing when the person cancelled', async () => {
    const toPdf = vi.fn().mockResolvedValueOnce({ saved: false, reason: 'cancelled' }).mockResolvedValueOnce({
      saved: false,
      reason: 'failed',
      message: 'This page could not be turned into a PDF.',
    });
    withPrint(toPdf);
    render(<PrintCaseButton reference="JU-0042" />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Print the case summary' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Print the case summary' }));
    expect(await screen.findByText('This page could not be turned into a PDF.')).toBeInTheDocument();
  });
});
