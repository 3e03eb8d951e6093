import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { applySessionSecurity, guardWebContents, isVettedExternalUrl } from './security';

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
    const respond = vi.fn<(response: { responseHeaders: Record<string, string[]> }) => void>();
    headersListener?.({ responseHeaders: { 'X-Other': ['1'] } }, respond as (r: object) => void);
    const headers = respond.mock.calls[0]?.[0].responseHeaders ?? {};
    return { headers, policy: headers['Content-Security-Policy']?.[0] ?? '', requestHandler, checkHandler };
  }

  it('sends a policy that allows scripts only from the app and blocks plugins, framing and form posts', () => {
    const { policy } = secure();
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('unsafe');
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("form-action 'none'");
  });

  it('keeps the other response headers and refuses every permission', () => {
    const { headers, requestHandler, checkHandler } = secure();
    expect(headers['X-Other']).toEqual(['1']);
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
