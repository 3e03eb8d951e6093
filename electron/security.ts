/**
 * Hardening that applies to every page the app shows: a strict content security policy, no permissions, no
 * navigation away from the app, no new windows, no embedded webviews, and links out only to vetted https sites.
 */
import type { Session, WebContents } from 'electron';

/** Sites a link in the app may open in the person's browser: official guidance only. */
const EXTERNAL_HOSTS: ReadonlySet<string> = new Set(['www.gov.uk', 'www.legislation.gov.uk']);

export function isVettedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    EXTERNAL_HOSTS.has(parsed.hostname)
  );
}

export function applySessionSecurity(session: Session): void {
  // Scripts, styles, fonts and connections only from the app itself; images and workers also from data/blob URLs
  // the app makes; no plugins, no <base>, no framing, no form posts. One literal, so Electronegativity can read
  // and evaluate it.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
        ],
      },
    });
  });
  // The app needs no camera, microphone, location, notifications or the like: refuse every request and check.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Guards every web contents the app creates, including any a bug or attack might add later. */
export function guardWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isVettedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}
