import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImportPreviewView } from './ImportPreviewView';
import type { ImportPreview } from './pipeline';

function preview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  return {
    bundleId: '33333333-3333-4333-8333-333333333333',
    teamId: 'team-1',
    teamName: 'North Locality Team',
    fromPersonName: 'Ben Clarke',
    fromDeviceId: 'pc-b',
    fromDeviceName: null,
    createdAt: '2026-11-21T14:05:00.000Z',
    scope: ['team', 'cases'],
    alreadyReceivedAt: null,
    areas: [
      {
        area: 'team',
        label: 'Team details and board columns',
        added: 0,
        changed: 1,
        unchanged: 6,
        decisions: 0,
      },
      { area: 'cases', label: 'Cases', added: 3, changed: 2, unchanged: 40, decisions: 1 },
    ],
    clocksAhead: [],
    ...overrides,
  };
}

describe('the preview of a file', () => {
  it('shows per part of the work how many records are new, changed, unchanged and need a decision', () => {
    render(<ImportPreviewView preview={preview()} />);
    const row = screen.getByRole('row', { name: /Cases/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['3', '2', '40', '1']);
    expect(screen.getByText('Ben Clarke on the PC pc-b')).toBeInTheDocument();
    expect(screen.getByText('North Locality Team')).toBeInTheDocument();
  });

  it('names a PC whose clock is set ahead and says what bringing the file in does to this PC’s clock', () => {
    render(
      <ImportPreviewView
        preview={preview({
          clocksAhead: [
            {
              deviceId: 'pc-c',
              deviceName: null,
              personName: 'Chris Doyle',
              wallTime: Date.parse('2031-01-01T00:00:00Z'),
            },
            {
              deviceId: 'pc-d',
              deviceName: 'Reception desk',
              personName: 'Dee Evans',
              wallTime: Date.parse('2031-01-01T00:00:00Z'),
            },
          ],
        })}
      />,
    );
    expect(
      screen.getByText(/The PC used by Chris Doyle seems to have its clock set ahead/),
    ).toHaveTextContent('Bringing this file in dates this PC’s own changes from then on too.');
    expect(
      screen.getByText(/The PC “Reception desk” used by Dee Evans seems to have its clock set ahead/),
    ).toBeInTheDocument();
  });

  it('names the PC a file came from by the name its people gave it', () => {
    render(<ImportPreviewView preview={preview({ fromDeviceName: 'Front office PC' })} />);
    expect(screen.getByText('Ben Clarke on Front office PC')).toBeInTheDocument();
  });

  it('says plainly when the file was brought in before, instead of the counts', () => {
    render(<ImportPreviewView preview={preview({ alreadyReceivedAt: '2026-11-21T15:00:00.000Z' })} />);
    expect(
      screen.getByText(/You brought this file in on 21 November 2026 at .* already; nothing changed\./),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
