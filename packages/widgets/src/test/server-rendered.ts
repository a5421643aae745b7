/**
 * Browser-side helpers for the tests of server-rendered pages (`docs/ssr.md`): the page's HTML
 * from the test server, put into the page as a browser parses it, and what the elements show.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import type { ServerPage } from './server-render.ts';

/** The page's HTML as the server renders it (`autoshares-server-render`, web-test-runner.config.mjs). */
export function renderOnServer(page: ServerPage): Promise<string> {
  return executeServerCommand<string, ServerPage>('autoshares-server-render', page);
}

/** Puts server-rendered HTML into the page as a browser parses it (declarative shadow roots). */
export function insert(html: string): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  host.setHTMLUnsafe(html);
  return host;
}

/** What an element shows, whitespace collapsed (the server's `<style>` and Lit's markers left out). */
export const textOf = (el: Element) =>
  [...el.shadowRoot!.childNodes]
    .filter((node) => node.nodeName !== 'STYLE' && node.nodeType !== Node.COMMENT_NODE)
    .map((node) => node.textContent)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Waits until an element has no render pending: its hydrating render and the one that follows
 * (bounded). Only microtasks pass, so no response from the sandbox can have arrived meanwhile.
 */
export async function rendered(el: Element): Promise<void> {
  for (let i = 0; i < 10 && !(await (el as LitElement).updateComplete); i++);
}

/** The loading skeleton in an element's shadow root, if it shows one. */
export const skeleton = (el: Element) =>
  el.shadowRoot?.querySelector('[data-state="loading"]') ?? null;

/** What went wrong on the page meanwhile: uncaught errors, and console errors about hydration. */
export function watchForFailures(): { failures: string[]; stop: () => void } {
  const failures: string[] = [];
  const onError = (event: ErrorEvent) => failures.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) =>
    failures.push(String((event.reason as Error | undefined)?.message ?? event.reason));
  const consoleError = console.error;
  console.error = (...args: unknown[]) => {
    if (args.some((arg) => /hydrat/i.test(String((arg as Error)?.message ?? arg))))
      failures.push(args.map(String).join(' '));
    consoleError.apply(console, args);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    failures,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.error = consoleError;
    },
  };
}
