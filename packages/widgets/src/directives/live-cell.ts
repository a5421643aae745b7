import { defaultFrameScheduler } from '@autoshares/client';
import { noChange } from 'lit';
import { AsyncDirective } from 'lit/async-directive.js';
import { directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { Live } from '../live/live-value.ts';
import { watchVisibility } from '../live/visibility.ts';
import { TintFlash } from './flash.ts';

/** What a live cell shows for a value. */
export interface CellView {
  /** The cell's text. */
  text: string;
  /** A class added to the cell's classes (e.g. `up` / `down`); '' or undefined for none. */
  tone?: string | undefined;
  /** A number whose changes flash the cell (as the `flash()` directive); omit for no flash. */
  flash?: number | null | undefined;
}

/** Turns the current value into what the cell shows. */
export type CellViewOf<T> = (value: T) => CellView;

/** How often cells out of view catch up (so find-in-page and screen readers read current text). */
const OUT_OF_VIEW_REFRESH_MS = 1000;
/** Cells caught up per frame during that refresh, so a page of many rows has no long task. */
const OUT_OF_VIEW_CHUNK = 100;

/** Cells out of view, refreshed together on one timer while there are any. */
const outOfView = new Set<LiveCellDirective>();
let refreshTimer: ReturnType<typeof setTimeout> | undefined;

function scheduleOutOfViewRefresh(): void {
  if (refreshTimer !== undefined || outOfView.size === 0) return;
  refreshTimer = setTimeout(() => {
    const cells = [...outOfView];
    let next = 0;
    const chunk = () => {
      const end = Math.min(next + OUT_OF_VIEW_CHUNK, cells.length);
      for (; next < end; next++) if (outOfView.has(cells[next]!)) cells[next]!.refresh();
      if (next < cells.length) defaultFrameScheduler(chunk);
      else {
        refreshTimer = undefined;
        scheduleOutOfViewRefresh();
      }
    };
    chunk();
  }, OUT_OF_VIEW_REFRESH_MS);
}

/**
 * `<td part="cell" ${liveCell(feed.quote(id), (q) => ({ text: formatPrice(q?.Last) }), 'num')}></td>`:
 * a table cell that keeps itself up to date with a `Live` value, without a render of the host:
 * on each change it writes only its own text node, its class (`className` + the view's tone)
 * and, for `flash`, the up/down flash (a `TintFlash`: its tint is drawn by `tableStyles`) —
 * each only when it differs from what is shown.
 *
 * The cell listens only while its row (the closest `<tr>`, else the cell) is within 200 px of
 * the viewport; a row scrolled into view shows the current value at once. Out of view, cells
 * catch up about once a second, on one timer, a few per frame (no flash), so the text in the page stays current
 * for find-in-page and screen readers. A host render always shows the current value. The directive owns the cell's `class` attribute and children: do not
 * bind them in the template.
 */
class LiveCellDirective extends AsyncDirective {
  #element: HTMLElement | undefined;
  #textNode: Text | undefined;
  #source: Live<unknown> | undefined;
  #view: CellViewOf<unknown> | undefined;
  #baseClass = '';
  #stopSource: (() => void) | undefined;
  #stopVisibility: (() => void) | undefined;
  /** In (or near) view; undefined until the first intersection report. */
  #visible: boolean | undefined;
  #watchQueued = false;
  #shownText: string | undefined;
  #shownClass: string | undefined;
  readonly #flashEffect = new TintFlash();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('liveCell() must be used on an element');
  }

  render(_source: Live<unknown>, _view: CellViewOf<unknown>, _className?: string) {
    return noChange;
  }

  override update(
    part: ElementPart,
    [source, view, className]: [Live<unknown>, CellViewOf<unknown>, string | undefined],
  ) {
    if (!this.#element) {
      this.#element = part.element as HTMLElement;
      this.#textNode = document.createTextNode('');
      this.#element.replaceChildren(this.#textNode);
    }
    this.#view = view;
    this.#baseClass = className ?? '';
    if (source !== this.#source) {
      this.#unlisten();
      this.#source = source;
      if (this.#visible) this.#listen();
    }
    if (!this.#stopVisibility && !this.#watchQueued && this.isConnected) {
      // once the host's render has put the row into its table
      this.#watchQueued = true;
      queueMicrotask(() => {
        this.#watchQueued = false;
        if (!this.#stopVisibility && this.isConnected) this.#watch();
      });
    }
    this.#show();
    return noChange;
  }

  protected override disconnected(): void {
    this.#unlisten();
    this.#stopVisibility?.();
    this.#stopVisibility = undefined;
    this.#visible = undefined;
    outOfView.delete(this);
  }

  /** Shows the current value without a flash (the out-of-view catch-up). */
  refresh(): void {
    this.#show(false);
  }

  protected override reconnected(): void {
    if (!this.#stopVisibility) this.#watch();
  }

  /**
   * Watches the row only while its table is in view: a page of many tables has its off-screen
   * tables' rows not observed at all (intersection work grows with the observed elements).
   */
  #watch(): void {
    const element = this.#element!;
    const row = element.closest('tr') ?? element;
    const table = row.parentElement?.closest('table');
    const onRow = (visible: boolean) => this.#setVisible(visible);
    if (!table) {
      this.#stopVisibility = watchVisibility(row, onRow);
      return;
    }
    let stopRow: (() => void) | undefined;
    const stopTable = watchVisibility(table, (tableVisible) => {
      if (tableVisible) stopRow ??= watchVisibility(row, onRow);
      else {
        stopRow?.();
        stopRow = undefined;
        this.#setVisible(false);
      }
    });
    this.#stopVisibility = () => {
      stopTable();
      stopRow?.();
    };
  }

  #setVisible(visible: boolean): void {
    if (visible === this.#visible) return;
    this.#visible = visible;
    if (visible) {
      outOfView.delete(this);
      this.#listen();
      this.#show(); // catch up with what changed while out of view
    } else {
      this.#unlisten();
      outOfView.add(this);
      scheduleOutOfViewRefresh();
    }
  }

  #listen(): void {
    if (!this.#stopSource && this.#source)
      this.#stopSource = this.#source.subscribe(this.#onChange);
  }

  #unlisten(): void {
    this.#stopSource?.();
    this.#stopSource = undefined;
  }

  readonly #onChange = () => this.#show();

  #show(flash = true): void {
    const element = this.#element;
    if (!element || !this.#source || !this.#view) return;
    const view = this.#view(this.#source.value);
    if (view.text !== this.#shownText) {
      this.#shownText = view.text;
      this.#textNode!.data = view.text;
    }
    const classes = view.tone ? `${this.#baseClass} ${view.tone}` : this.#baseClass;
    if (classes !== this.#shownClass) {
      this.#shownClass = classes;
      element.className = classes;
    }
    if (flash && 'flash' in view) this.#flashEffect.update(element, view.flash);
  }
}

const liveCellDirective = /* @__PURE__ */ directive(LiveCellDirective);

/** A cell that updates itself from a `Live` value (see `LiveCellDirective`). */
export const liveCell = <T>(source: Live<T>, view: CellViewOf<T>, className?: string) =>
  liveCellDirective(source as Live<unknown>, view as CellViewOf<unknown>, className);
