/**
 * `fitColumns(names)`: an element directive for a table wrapper that drops columns, in the
 * order given, until the table fits the width the wrapper actually has. It writes the dropped
 * names to `data-drop` (e.g. `data-drop="time fill"`); the element's styles hide them
 * (`[data-drop~='time'] .col-time { display: none }`). It measures again, at most once a
 * frame (`SizeWatch`), when the wrapper or its table changes width (a longer price or a
 * translated header widens the table) or the table is new; a render that changes nothing costs
 * one read. What still does not fit scrolls (see `scrollHint`).
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
  private element: HTMLElement | undefined;
  private names: readonly string[] = [];
  /** The wrapper's and the content's width at the last fit. */
  private widths = '';
  private readonly watch = new SizeWatch({
    // Only a new width changes what fits (dropping a column changes the height).
    resized: () => this.measuredWidths() !== this.widths,
    onFrame: (contentChanged) => {
      if (contentChanged || this.measuredWidths() !== this.widths) this.fit();
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
    this.names = names;
    if (!this.element) {
      this.element = part.element as HTMLElement;
      if (this.isConnected) this.watch.start(this.element);
    }
    this.watch.request();
    return noChange;
  }

  protected override disconnected(): void {
    this.watch.stop();
  }

  protected override reconnected(): void {
    this.watch.start(this.element!);
  }

  /** Shows every column, then drops them in order while the table is wider than the wrapper. */
  private fit(): void {
    const element = this.element;
    if (!element?.isConnected || !element.clientWidth) return; // not laid out (hidden)
    const dropped: string[] = [];
    element.setAttribute('data-drop', '');
    while (element.scrollWidth > element.clientWidth + 1 && dropped.length < this.names.length) {
      dropped.push(this.names[dropped.length]!);
      element.setAttribute('data-drop', dropped.join(' '));
    }
    this.widths = this.measuredWidths();
  }

  private measuredWidths(): string {
    const element = this.element;
    return `${element?.clientWidth} ${element?.firstElementChild?.getBoundingClientRect().width}`;
  }
}

/** Drops the named columns, first name first, until the table fits its wrapper. */
export const fitColumns = directive(FitColumnsDirective);
