import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { applySessionSecurity, guardWebContents, isVettedExternalUrl, SECURITY_HEADERS } from './security';

vi.mock('electron', () => ({ default: {} }));

describe('links out of the app', () => {
  it('opens official https guidance pages', () => {
    expect(isVettedExternalUrl('https://www.gov.uk/government/publications/working-together')).toBe(true);
  });

  it('refuses plain http, other sites, look-alike hosts, credentials and odd ports', () => {
    expect(isVettedExternalUrl('http://www.gov.uk/')).toBe(false);
    expect(isVettedExternalUrl('https://example.com/')).toBe(false);
    expect(isVettedExternalUrl('https://www.gov.uk.evil.example/')).toBe(false);
    expect(isVettedExternalUrl('https://user:pw@www.gov.uk/')).toBe(false);
    expect(isVettedExternalUrl('https://www.gov.uk:8443/')).toBe(false);
    expect(isVettedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isVettedExternalUrl('not a url')).toBe(false);
  });
});

describe('page hardening', () => {
  function secure() {
    let headersListener: ((details: object, callback: (r: object) => void) => void) | undefined;
    let requestHandler: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    const session = {
      webRequest: { onHeadersReceived: (listener: typeof headersListener) => (headersListener = listener) },
      setPermissionRequestHandler: (handler: typeof requestHandler) => (requestHandler = handler),
      setPermissionCheckHandler: (handler: typeof checkHandler) => (checkHandler = handler),
    };
    applySessionSecurity(session as unknown as Session);
    const respond = vi.fn<(response: { responseHeaders: Record<string, string | string[]> }) => void>();
    headersListener?.({ responseHeaders: { 'X-Other': ['1'] } }, respond as (r: object) => void);
    const headers = respond.mock.calls[0]?.[0].responseHeaders ?? {};
    return { headers, policy: String(headers['Content-Security-Policy']), requestHandler, checkHandler };
  }

  it('sends a policy that allows scripts only from the app and blocks plugins, framing and form posts', () => {
    const { policy } = secure();
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('unsafe');
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("form-action 'none'");
  });

  it('keeps the other response headers, forbids guessing file types and refuses every permission', () => {
    const { headers, requestHandler, checkHandler } = secure();
    expect(headers['X-Other']).toEqual(['1']);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    const grant = vi.fn();
    requestHandler?.({}, 'media', grant);
    expect(grant).toHaveBeenCalledWith(false);
    expect(checkHandler?.()).toBe(false);
  });

  it('stops navigation and webviews, and opens only vetted links outside, never in a new window', () => {
    const contents = Object.assign(new EventEmitter(), {
      openHandler: undefined as ((details: { url: string }) => { action: string }) | undefined,
      setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
        this.openHandler = handler;
      },
    });
    const openExternal = vi.fn();
    guardWebContents(contents as unknown as WebContents, openExternal);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      contents.emit(name, event);
      expect(event.preventDefault).toHaveBeenCalled();
    }
    expect(contents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    expect(contents.openHandler?.({ url: 'https://www.gov.uk/guidance' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.gov.uk/guidance');
  });
});

/** Each directive's name mapped to its sources, so two policies can be compared whatever their order. */
function directives(policy: string): Record<string, string> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...sources]) => [name, sources.join(' ')]),
  );
}

describe('inline styles', () => {
  const policy = SECURITY_HEADERS['Content-Security-Policy'] ?? '';

  it("allow exactly react-aria's pressable rule by its hash, so an upgrade that changes it is noticed here", () => {
    // react-aria adds this rule as a <style> element; CSP checks its text against the hash. If this test fails
    // after an upgrade, put the new hash (Chromium prints it in the console) in security.ts and index.html.
    const source = readFileSync(
      new URL('../node_modules/react-aria/dist/private/interactions/usePress.mjs', import.meta.url),
      'utf8',
    );
    const template = /style\.textContent = `([\s\S]*?)`\.trim\(\)/.exec(source)?.[1];
    const attribute = /PRESSABLE_ATTRIBUTE = '([^']+)'/.exec(source)?.[1];
    expect(template, "react-aria's pressable style was not found where it used to be").toBeDefined();
    expect(attribute).toBeDefined();
    const rule = (template ?? '').replace(/\$\{[^}]*PRESSABLE_ATTRIBUTE\}/, attribute ?? '').trim();
    const hash = createHash('sha256').update(rule).digest('base64');
    expect(directives(policy)['style-src']).toBe(`'self' 'sha256-${hash}'`);
  });

  it("are no looser in the page's own policy than in the one the desktop app sends", () => {
    const html = readFileSync(new URL('../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    // A <meta> policy cannot say who may frame the page; browsers ignore that directive there.
    const { 'frame-ancestors': frameAncestors, ...sent } = directives(policy);
    expect(frameAncestors).toBe("'none'");
    expect(directives(meta)).toEqual(sent);
  });
});
