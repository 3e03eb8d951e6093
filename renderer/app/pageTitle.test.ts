import { describe, expect, it } from 'vitest';
import { pageTitle } from './pageTitle';

describe('the window title', () => {
  it('names the record, its section and the app', () => {
    expect(pageTitle('Sam Patel', 'People')).toBe('Sam Patel – People – Joined Up');
  });

  it('names a section once on its own front page', () => {
    expect(pageTitle('People', 'People')).toBe('People – Joined Up');
  });

  it('is the app alone while a page is still opening', () => {
    expect(pageTitle(null, undefined)).toBe('Joined Up');
  });
});
