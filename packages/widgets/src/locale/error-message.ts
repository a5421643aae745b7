/**
 * The entry point to the kit's error sentences (`error-text.ts`), which load with the first
 * error shown: a page that never fails never downloads them. Until they are there (or if they
 * cannot load) an error reads as the client's English message, which says the same for every
 * error code; elements that rendered meanwhile render again when they arrive (see
 * `LocaleController`).
 */
import type { errorText as translated } from './error-text.ts';
import { somethingWentWrong } from './generic-error.ts';

let loaded: typeof translated | undefined;
let loading: Promise<void> | undefined;

/** Loads the error sentences (once; again after a failed attempt). */
export function loadErrorTexts(): Promise<void> {
  return (loading ??= import('./error-text.ts').then(
    (texts) => {
      loaded = texts.errorText;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}

/** While the error sentences are on their way: settles when they are loaded (or failed to). */
export function errorTextsLoading(): Promise<void> | undefined {
  return loaded ? undefined : loading;
}

/** A readable message for any error, in the locale in scope (English until the sentences load). */
export function errorText(error: unknown): string {
  if (loaded) return loaded(error);
  loadErrorTexts().catch(() => undefined);
  return error instanceof Error && error.name === 'AutoSharesError' && error.message
    ? error.message
    : somethingWentWrong();
}
