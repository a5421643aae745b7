/**
 * The narrow-container check every element test makes (design rule: container queries down to
 * 280 px): the element is narrowed to 280 px, secondary content disappears, nothing overflows.
 */
import { expect } from '@open-wc/testing';
import { eventually } from './sandbox.ts';

export interface NarrowOptions {
  /** Secondary content is hidden (waited for, 5 s). */
  hidden: () => boolean;
  /** What `hidden` waits for, named in the failure. */
  hiddenMessage: string;
  /** The shadow-root box that must not overflow sideways, e.g. `.table-wrap`. */
  box: string;
}

/**
 * Sets the element's width to 280 px, waits until `hidden` holds, and checks that `box` is no
 * wider than its container (1 px tolerance for rounding).
 */
export async function expectFitsNarrow(el: HTMLElement, options: NarrowOptions): Promise<void> {
  el.style.width = '280px';
  await eventually(options.hidden, options.hiddenMessage);
  const box = el.shadowRoot!.querySelector(options.box)!;
  expect(box.scrollWidth).to.be.at.most(box.clientWidth + 1);
}
