/**
 * Bundle files the operating system hands to the app (first launch, a second launch, macOS `open-file`) go to the
 * interface once its page has loaded; any that arrive earlier wait here, in order, so none is lost. The preload
 * then holds them until the Share and receive screen listens.
 */
import type { OpenedFile } from '../shared/api/appApi';
import { findBundlePath } from './bundleArgs';

export interface HandoverDeps {
  /** Brings the window to the front (a second launch should show the running app). */
  focus: () => void;
  read: (path: string) => Promise<OpenedFile>;
  /** Sends to the page; only called once `pageReady` has been reported. */
  send: (file: OpenedFile) => void;
}

export interface BundleHandover {
  /** Arguments of a launch; `workingDirectory` is where that launch was started (for relative paths). */
  fromArgs(argv: readonly string[], workingDirectory?: string): void;
  fromPath(path: string): void;
  /** The page has loaded: hand over whatever has been waiting. */
  pageReady(): Promise<void>;
  /** The page is gone (window closed or reloading): hold files again. */
  pageGone(): void;
}

export function createBundleHandover(deps: HandoverDeps): BundleHandover {
  let ready = false;
  const waiting: string[] = [];

  async function deliver(path: string): Promise<void> {
    try {
      deps.send(await deps.read(path));
    } catch (error) {
      // The interface cannot show this file; the person can still bring it in from the Share and receive screen.
      console.error('Could not open the file handed to the app', error);
    }
  }

  function accept(path: string): void {
    deps.focus();
    if (ready) void deliver(path);
    else waiting.push(path);
  }

  return {
    fromArgs(argv, workingDirectory) {
      const path = findBundlePath(argv, workingDirectory);
      if (path) accept(path);
      else deps.focus();
    },
    fromPath: accept,
    async pageReady() {
      ready = true;
      for (const path of waiting.splice(0)) await deliver(path);
    },
    pageGone() {
      ready = false;
    },
  };
}
