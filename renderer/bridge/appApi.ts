// Picks the app API: the desktop shell's preload object when present, otherwise the browser implementation.
import type { AppApi } from '../../shared/api/appApi';
import { createWebApi } from './webApi';

declare global {
  interface Window {
    joinedUp?: AppApi;
  }
}

let api: AppApi | null = null;

export function getAppApi(): AppApi {
  api ??= window.joinedUp ?? createWebApi();
  return api;
}

/** For tests: run the interface against a given implementation. */
export function setAppApi(next: AppApi | null): void {
  api = next;
}
