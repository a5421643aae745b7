/**
 * The snippet panel: a tab per kind of snippet (ARIA tabs: arrow keys, Home and End move
 * between them), the snippet's text, and a Copy button with a visible outcome.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CopyOutcome } from './copy.ts';
import { SNIPPET_KINDS, type SnippetKind } from './snippets.ts';

export interface SnippetPanelOptions {
  selected: SnippetKind;
  text: string;
  /** The outcome of the last Copy, while it is shown. */
  copied: CopyOutcome | null;
  onSelect: (kind: SnippetKind) => void;
  onCopy: () => void;
}

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/** Moves the selection (and focus) between tabs from the keyboard. */
function onTabKey(event: KeyboardEvent, options: SnippetPanelOptions): void {
  const move = MOVES[event.key];
  if (!move) return;
  event.preventDefault();
  const index = SNIPPET_KINDS.findIndex((s) => s.kind === options.selected);
  const next = SNIPPET_KINDS[move(index, SNIPPET_KINDS.length)]!.kind;
  options.onSelect(next);
  const tablist = (event.currentTarget as HTMLElement).parentElement!;
  void Promise.resolve().then(() => tablist.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
}

const COPY_STATUS: Record<CopyOutcome, string> = {
  copied: 'Copied to the clipboard.',
  selected:
    'The clipboard is not available here: the snippet is selected, press Ctrl+C (⌘C) to copy it.',
};

export function snippetPanel(options: SnippetPanelOptions): TemplateResult {
  const { selected } = options;
  return html`<div class="tabs" role="tablist" aria-label="Snippet for">
      ${SNIPPET_KINDS.map(
        ({ kind, label }) =>
          html`<button
            type="button"
            role="tab"
            id="tab-${kind}"
            class="tab"
            aria-selected=${kind === selected ? 'true' : 'false'}
            aria-controls="snippet-panel"
            tabindex=${kind === selected ? 0 : -1}
            @click=${() => options.onSelect(kind)}
            @keydown=${(e: KeyboardEvent) => onTabKey(e, options)}
          >
            ${label}
          </button>`,
      )}
    </div>
    <pre
      id="snippet-panel"
      class="snippet"
      role="tabpanel"
      tabindex="0"
      aria-labelledby="tab-${selected}"
    ><code>${options.text}</code></pre>
    <div class="copy-row">
      <button
        type="button"
        class="as-button copy"
        data-variant="primary"
        data-state=${options.copied ?? nothing}
        @click=${options.onCopy}
      >
        ${options.copied === 'copied' ? 'Copied' : 'Copy'}
      </button>
      <p class="copy-status" role="status">${options.copied ? COPY_STATUS[options.copied] : ''}</p>
    </div>`;
}
