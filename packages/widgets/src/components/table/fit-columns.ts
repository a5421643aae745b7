/**
 * `fitColumns(names)`: an element directive for a table wrapper that drops columns, in the
 * order given, until the table fits the width the wrapper actually has. It writes the dropped
 * names to `data-drop` (e.g. `data-drop="time fill"`); the element's styles hide them
 * (`[data-drop~='time'] .col-time { display: none }`). What still does not fit scrolls (see
 * `scrollHint`).
 *
 * It is incremental: it goes on from the columns already dropped (one more while the table
 * overflows, one back while the table fits with it), so it ends where fitting from scratch
 * would, at one layout per column it changes. It decides in the `ResizeObserver` callback
 * (`SizeWatch`), where the layout is fresh and reading it costs nothing, whether there is
 * anything to do, and does it at most once a frame: a cell whose text changed without changing
 * what fits (the wrapper's width the same, the table still fitting, or overflowing with every
 * column already dropped) costs no frame and no layout.
 */
import { noChange } from 'lit';
import {
  AsyncDirective,
  directive,
  PartType,
  type ElementPart,
  type PartInfo,
} from 'lit/async-directive.js';
import { SizeWatch } from './size-watch.ts';

class FitColumnsDirective extends AsyncDirective {
  #element: HTMLElement | undefined;
  #names: readonly string[] = [];
  /** How many of `names` (the first ones) are dropped. */
  #dropped = 0;
  /** The wrapper's widths when last read (-1: never). */
  #widths: Widths = { clientWidth: -1, scrollWidth: -1 };
  /** Something may have changed what fits: fit in the next frame. */
  #pending = true;
  readonly #watch = new SizeWatch({
    resized: () => (this.#pending ||= this.#needsFit()),
    onFrame: (contentChanged) => {
      if (contentChanged || this.#pending) this.#fit();
    },
  });

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('fitColumns() belongs on an element');
  }

  render(_names: readonly string[]): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [names]: [readonly string[]]): typeof noChange {
    const start = !this.#element;
    this.#element = part.element as HTMLElement;
    if (start || names.join(' ') !== this.#names.join(' ')) {
      this.#names = names;
      this.#show(0);
      this.#pending = true;
    }
    if (start && this.isConnected) this.#watch.start(this.#element);
    // A new table (fitted in that frame) is found in the next frame; a render that changed the
    // table's width is reported by the observer.
    this.#watch.request();
    return noChange;
  }

  protected override disconnected(): void {
    this.#watch.stop();
  }

  protected override reconnected(): void {
    this.#pending = true;
    this.#watch.start(this.#element!);
  }

  /**
   * Read in the observer's callback (layout is fresh there): whether what fits may have
   * changed. The wrapper's width changed, or the table's width did while it overflows with a
   * column still to drop, or it came back to fit with a column dropped that may fit again.
   */
  #needsFit(): boolean {
    const element = this.#element;
    if (!element?.isConnected) return false;
    const [before, widths] = [this.#widths, this.#read()];
    this.#widths = widths;
    if (widths.clientWidth !== before.clientWidth) return true;
    if (widths.scrollWidth === before.scrollWidth) return false;
    return overflows(widths) ? this.#dropped < this.#names.length : this.#dropped > 0;
  }

  /**
   * Drops the next column while the table is wider than the wrapper; while it fits, shows the
   * last dropped column again as long as the table still fits with it.
   */
  #fit(): void {
    const element = this.#element;
    if (!element?.isConnected || !element.clientWidth) return; // hidden: fit when it shows
    this.#pending = false;
    let widths = this.#read();
    if (!overflows(widths)) {
      while (this.#dropped > 0) {
        this.#show(this.#dropped - 1);
        const trial = this.#read();
        if (overflows(trial)) {
          this.#show(this.#dropped + 1); // back to the layout `widths` was read from
          break;
        }
        widths = trial;
      }
    } else {
      while (this.#dropped < this.#names.length) {
        this.#show(this.#dropped + 1);
        widths = this.#read();
        if (!overflows(widths)) break;
      }
    }
    this.#widths = widths;
  }

  /** Drops the first `dropped` columns. */
  #show(dropped: number): void {
    this.#dropped = dropped;
    this.#element!.setAttribute('data-drop', this.#names.slice(0, dropped).join(' '));
  }

  /** The wrapper's widths (a layout when it is not fresh). */
  #read(): Widths {
    const { clientWidth, scrollWidth } = this.#element!;
    return { clientWidth, scrollWidth };
  }
}

interface Widths {
  clientWidth: number;
  scrollWidth: number;
}

/** Whether the table is wider than its wrapper (by more than rounding). */
function overflows({ clientWidth, scrollWidth }: Widths): boolean {
  return scrollWidth > clientWidth + 1;
}

/** Drops the named columns, first name first, until the table fits its wrapper. */
export const fitColumns = directive(FitColumnsDirective);
