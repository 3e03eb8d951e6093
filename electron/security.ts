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

function headersOf(answer: { responseHeaders: Record<string, [string]> }): Readonly<Record<string, string>> {
  return Object.freeze(
    Object.fromEntries(Object.entries(answer.responseHeaders).map(([name, [value]]) => [name, value])),
  );
}

/**
 * Sent with every page and file of the app: a strict content security policy, and no guessing of file types.
 * Scripts, styles, fonts and connections only from the app itself; the one style rule react-aria inserts as a
 * <style> element (touch-action on pressable elements) is allowed by its hash, not by 'unsafe-inline'; images and
 * workers also from data/blob URLs the app makes; no plugins, no <base>, no framing, no form posts. One literal
 * in the shape of a webRequest answer, so Electronegativity can read and evaluate the policy.
 */
export const SECURITY_HEADERS = headersOf({
  responseHeaders: {
    'Content-Security-Policy': [
      "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    ],
    'X-Content-Type-Options': ['nosniff'],
  },
});

export function applySessionSecurity(session: Session): void {
  // The app's own app:// responses carry these headers already (appProtocolHandler.ts). This covers anything
  // else the session might ever load: today nothing, but a later change should not arrive without a policy.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, ...SECURITY_HEADERS } });
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
