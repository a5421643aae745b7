/**
 * The kit's `msg()`: lit-localize's message function (same signature and type brand, so
 * `lit-localize extract` finds every call), resolved per element instead of once per page.
 *
 * `msg()` reads the locale in scope: an element renders inside `withLocale(its locale, …)`
 * (the base class does it around `update()`), and code that builds a message outside a render
 * (an announcement, a validation message) wraps itself the same way. English is the source
 * and is built in; other languages come from the lazily loaded lit-localize modules (see
 * `catalogues.ts`). A language not loaded yet shows English until it arrives.
 */
import type { MsgFn, MsgOptions, StrResult, TemplateLike } from '@lit/localize';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { loadedTemplates } from './catalogues.ts';

// From its own module, not lit-localize's entry: the entry also runs the runtime's set-up code
// (`init/runtime.js`), which the kit does not use, and would put it in every element's first load.
export { str } from '@lit/localize/internal/str-tag.js';

let current: string | undefined;

/** The locale `msg()` translates into right now (undefined: the browser's). */
export function currentLocale(): string | undefined {
  return current;
}

/** Runs `fn` with `msg()` translating into `locale`; nests and restores. */
export function withLocale<T>(locale: string | undefined, fn: () => T): T {
  const previous = current;
  current = locale;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

function kitMsg(template: TemplateLike, options?: MsgOptions): string | ReturnType<MsgFn> {
  return runtimeMsg(loadedTemplates(current), template as StrResult, options);
}

/** Translates a string, `str` template or lit template into the locale in scope. */
export const msg = kitMsg as MsgFn;
