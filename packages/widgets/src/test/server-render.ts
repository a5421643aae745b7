/**
 * Server rendering for the SSR tests, in Node only: renders a page with `@lit-labs/ssr` and
 * every element of the kit defined, into HTML with declarative shadow roots, as a partner's
 * server would (`docs/ssr.md`). The Node test reads the HTML (`scripts/ssr.test.ts`); the
 * browser test hydrates it, asking for it with the `autoshares-server-render` test command
 * (`web-test-runner.config.mjs`).
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { loadTranslations } from '../index.ts';

/** A page to render on the server. */
export interface ServerPage {
  /** Attributes of the `<as-session>` around the content; none: the content stands alone. */
  session?: Record<string, string>;
  /** The session's `token` property, bound as a server-side template would bind it. */
  token?: string;
  /** The markup inside the session (or the whole page), e.g. `<as-quote symbol="AAPL"></as-quote>`. */
  content: string;
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export interface RenderOptions {
  /**
   * Render as a server that opts every element into `connectedCallback()`
   * (`LitElementRenderer.renderOptions`, the opt-in that carries `@lit/context` on the server).
   */
  connectedCallback?: boolean;
  /**
   * Load the kit's translations first, as a server serving every language does at start-up
   * (`loadTranslations()`); default true. Without: a server that forgot to.
   */
  translations?: boolean;
}

/** The page's HTML as `@lit-labs/ssr` renders it. */
export async function renderOnServer(
  page: ServerPage,
  options: RenderOptions = {},
): Promise<string> {
  const content = unsafeStatic(page.content);
  const attributes = Object.entries(page.session ?? {})
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
    .join(' ');
  const template = page.session
    ? html`<as-session ${unsafeStatic(attributes)} .token=${page.token}>${content}</as-session>`
    : html`${content}`;
  if (options.translations !== false) await loadTranslations();
  const connect = () => ({ connectedCallback: true });
  if (options.connectedCallback) LitElementRenderer.renderOptions.push(connect);
  try {
    return await collectResult(render(template));
  } finally {
    const index = LitElementRenderer.renderOptions.indexOf(connect);
    if (index >= 0) LitElementRenderer.renderOptions.splice(index, 1);
  }
}
