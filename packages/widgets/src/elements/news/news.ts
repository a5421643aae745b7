import type { NewsResource } from '@autoshares/client';
import { newsQuery } from '@autoshares/client';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { AutoSharesElement } from '../../base/base-element.ts';
import { LinkGroupController } from '../../controllers/link-group-controller.ts';
import { QueryController } from '../../controllers/query-controller.ts';
import { formatDateTime } from '../../format/format.ts';
import { rowLimit } from '../../core/limit.ts';
import { formatRelativeTime } from '../../format/relative-time.ts';
import { newsStyles } from './news.styles.ts';
import { plainText, safeHttpUrl, sanitizerLoading } from './safe-content.ts';
import { msg, str } from '../../locale/msg.ts';

/** How often relative times ("5 minutes ago") are refreshed. */
const CLOCK_MS = 60_000;

/**
 * Recent headlines for one symbol, each with its source, time and a short preview. Behaviour
 * (links, safe content, times): `docs/elements/news.md`.
 *
 * @summary News headlines for a symbol.
 * @tag as-news
 * @csspart header - The title bar.
 * @csspart list - The list of stories.
 * @csspart item - One story.
 * @csspart headline - A story's headline (a link when it has a safe address).
 * @csspart meta - Source and time.
 * @csspart preview - The preview text.
 * @csspart state - The loading / empty / error / signed-out block.
 * @csspart stale - The "Could not refresh" badge over older data.
 * @cssprop --as-news-max-height - Scroll the list beyond this height (default none).
 */
export class AutoSharesNews extends AutoSharesElement {
  static override styles = [...AutoSharesElement.styles, newsStyles];

  /** The ticker whose news is shown, e.g. `AAPL`. */
  @property({ reflect: true }) symbol: string | undefined;

  /** At most this many headlines. */
  @property({ type: Number }) limit = 10;

  private readonly news = new QueryController<NewsResource[]>(this, (session) =>
    this.#ticker ? newsQuery(session.client, this.#ticker) : null,
  );

  protected readonly link = new LinkGroupController(this, (selection) => {
    this.symbol = selection.symbol;
  });

  #clock: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#clock = setInterval(() => this.requestUpdate(), CLOCK_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#clock);
    this.#clock = undefined;
  }

  /** Previews shown before DOMPurify arrived are reduced with it once it is there. */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    sanitizerLoading()?.then(
      () => this.requestUpdate(),
      () => undefined,
    );
  }

  get #ticker(): string | undefined {
    return this.symbol?.trim().toUpperCase() || undefined;
  }

  /** The stories shown: newest first, at most `limit`. */
  get #items(): NewsResource[] {
    const limit = rowLimit(this.limit, 10);
    return [...(this.news.data ?? [])]
      .sort((a, b) => (b.Date ?? 0) - (a.Date ?? 0))
      .slice(0, limit);
  }

  protected override render(): TemplateResult {
    const items = this.#items;
    const state = this.renderState({
      sources: this.#ticker ? [this.news] : [],
      empty: !this.#ticker || items.length === 0,
      emptyMessage: this.#ticker
        ? msg(str`No news for ${this.#ticker}.`)
        : msg('Choose a symbol to see its news.'),
      loadingLabel: msg('Loading news'),
    });
    const header = this.#ticker
      ? html`<div class="header" part="header"><h2>${msg(str`${this.#ticker} news`)}</h2></div>`
      : nothing;
    if (state) return html`${header}${state}`;
    const now = Date.now();
    return html`${header}${this.renderStale(false) ?? nothing}
      <ul part="list" aria-label=${msg(str`${this.#ticker} headlines`)}>
        ${repeat(
          items,
          (item, i) => item.NewsId ?? i,
          (item) => this.#renderItem(item, now),
        )}
      </ul>`;
  }

  #renderItem(item: NewsResource, now: number): TemplateResult {
    const locale = this.effectiveLocale;
    // The client decodes the header's entities: it is plain text, rendered as text.
    const headline = (item.Header ?? '').trim() || msg('Untitled');
    const url = safeHttpUrl(item.Attachment);
    const preview = plainText(item.Content);
    const date = typeof item.Date === 'number' && item.Date > 0 ? item.Date : undefined;
    const absolute = formatDateTime(date, locale);
    const relative = formatRelativeTime(date, locale, now);
    return html`<li part="item">
      <article>
        <h3 part="headline">
          ${
            url
              ? html`<a href=${url} target="_blank" rel="noopener noreferrer"
                  >${headline}<span class="as-visually-hidden">
                    ${msg('(opens in a new tab)')}</span
                  ></a
                >`
              : html`<span>${headline}</span>`
          }
        </h3>
        <div class="meta" part="meta">
          ${item.Source ? html`<span class="source">${item.Source}</span><span aria-hidden="true">·</span>` : nothing}
          ${
            date
              ? html`<time datetime=${new Date(date).toISOString()} title=${absolute}
                  >${relative ?? absolute}</time
                >`
              : nothing
          }
        </div>
        ${preview ? html`<p class="preview" part="preview">${preview}</p>` : nothing}
      </article>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'as-news': AutoSharesNews;
  }
}
