/**
 * Shared pieces of the element stories: a meta with controls for the element's attributes, a
 * render that writes those attributes (as a CMS author would), and the common states every
 * element has. Each story file still exports its stories by name (CSF needs static exports).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { SandboxParameters } from './session.ts';

export type Args = Record<string, string | number | boolean | undefined>;
export type Story = StoryObj<Args>;

/** Creates `<tag>` with the args that are attributes of the element. */
export function renderElement(tag: string) {
  return (args: Args): HTMLElement => {
    const element = document.createElement(tag);
    const ctor = customElements.get(tag) as { observedAttributes?: string[] } | undefined;
    const attributes = new Set(ctor?.observedAttributes ?? Object.keys(args));
    for (const [name, value] of Object.entries(args)) {
      if (!attributes.has(name) || value === undefined || value === '' || value === false) continue;
      element.setAttribute(name, value === true ? '' : String(value));
    }
    return element;
  };
}

/**
 * The render and default args of an element's stories. The story file's default export still
 * names `title`, `component` and `tags` itself (Storybook reads them without running the file).
 */
export function elementMeta(tag: string, args: Args = {}): Pick<Meta<Args>, 'render' | 'args'> {
  return { render: renderElement(tag), args };
}

const sandbox = (parameters: SandboxParameters) => ({ parameters: { sandbox: parameters } });

/** The states every element shows; each call returns a fresh story object. */
export const states = {
  /** Requests hang: the loading skeleton. */
  loading: (): Story => sandbox({ state: 'loading' }),
  /** Every request fails with a 500: the error message, "Retrying in N s" and Retry. */
  error: (): Story => ({ name: 'Error', ...sandbox({ state: 'error' }) }),
  /** Every request is refused with a 429: "Rate limited", "Retrying in N s" and Retry. */
  rateLimited: (): Story => ({ name: 'Rate limited', ...sandbox({ state: 'rate-limited' }) }),
  /** No token: the signed-out state with its Sign-in button. */
  signedOut: (): Story => sandbox({ user: false }),
  /** The stream keeps dropping: data stays, with "Delayed — reconnecting". */
  stale: (): Story => sandbox({ state: 'stale' }),
  /** The session's dark theme. */
  dark: (): Story => ({ globals: { theme: 'dark' } }),
  /** A 280 px wide column (container queries take over). */
  narrow: (): Story => ({ parameters: { width: '280px' } }),
  /** German number and date formats. */
  german: (): Story => ({ globals: { locale: 'de-DE' } }),
  /** Something the story prepares through the API before it renders (e.g. an empty list). */
  prepared: (setup: SandboxParameters['setup']): Story => sandbox({ setup }),
};
