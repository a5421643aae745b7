/**
 * The Storybook smoke test's layout check: the current story is laid out at each of `WIDTHS`
 * (the story's column, i.e. the div the session decorator wraps it in) in a light and a dark
 * colour scheme, and measured. A story fails when, at some width and scheme:
 *
 * - a visible interactive element (button, input, select, textarea, link, `[tabindex]`) or a
 *   figure is clipped: its box is not inside the story's column or inside an ancestor whose
 *   overflow clips, unless that ancestor is a scroll container that shows it scrolls;
 * - a figure wraps inside itself (its text spans more than one line);
 * - a select or button cuts its own text;
 * - something scrolls horizontally without showing it: a scroll hint (`data-scroll-hint` with
 *   `data-more-left`/`data-more-right`, see `components/table/scroll-hint.ts`) must be on.
 *
 * A figure is what the widgets mark as a number: `.num` (numeric cells and spans), headers
 * (`thead`) excepted. Hidden things (display none, visibility hidden, 1 px visually-hidden text)
 * are not measured. The page is resized, not reloaded; each layout is given two frames and is
 * measured again when something looks wrong, so only a settled layout fails.
 */
import type { Page } from 'puppeteer-core';

/** The widths every story is laid out at, in CSS px. */
export const WIDTHS = [280, 400, 800, 1200] as const;
/** The colour schemes every story is laid out in. */
export const SCHEMES = ['light', 'dark'] as const;

/** Runs in the page: lays the story's column out at `width` px (`undefined` restores it). */
function setColumnWidth(width: number | undefined): void {
  const session = document.querySelector('#storybook-root as-session:not([data-smoke-done])');
  const column = session?.firstElementChild as HTMLElement | null | undefined;
  if (!column) return;
  if (width === undefined) {
    column.style.width = '';
    column.style.maxWidth = column.dataset.smokeMaxWidth ?? column.style.maxWidth;
    return;
  }
  column.dataset.smokeMaxWidth ??= column.style.maxWidth;
  column.style.width = `${width}px`;
  column.style.maxWidth = 'none';
}

/** Runs in the page: two frames (or half a second when the page gets none). */
function settle(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 500);
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
  });
}

/** Runs in the page: what is wrong with the layout of the current story, one line each. */
function measureLayout(): string[] {
  const session = document.querySelector('#storybook-root as-session:not([data-smoke-done])');
  const column = session?.firstElementChild as HTMLElement | null | undefined;
  if (!column) return [];
  const problems: string[] = [];
  const TOLERANCE = 1;
  const INTERACTIVE =
    'button, input:not([type="hidden"]), select, textarea, a[href], [tabindex]:not([tabindex="-1"])';

  /** Every element under `root`, through open shadow roots. */
  const all: Element[] = [];
  const walk = (root: Element | ShadowRoot) => {
    for (const child of root.children) {
      all.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(column);

  const parentOf = (element: Element): Element | null =>
    element.assignedSlot ??
    element.parentElement ??
    ((element.getRootNode() as ShadowRoot).host as Element | undefined) ??
    null;

  /** A short, readable path: host tags and the element's tag, classes and part. */
  const describe = (element: Element): string => {
    const own = [
      element.localName,
      ...[...element.classList].map((c) => `.${c}`),
      element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : '',
    ].join('');
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    const hosts: string[] = [];
    for (let node: Node = element.getRootNode(); node instanceof ShadowRoot;) {
      hosts.unshift(node.host.localName);
      node = node.host.getRootNode();
    }
    return `${[...hosts, own].join(' › ')}${text ? ` "${text}"` : ''}`;
  };

  const visible = (element: Element, rect: DOMRect) =>
    rect.width > 1 &&
    rect.height > 1 &&
    element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });

  const clips = (value: string) => value !== 'visible';
  const scrolls = (value: string) => value === 'auto' || value === 'scroll';
  const showsScroll = (element: Element) =>
    element.hasAttribute('data-more-left') || element.hasAttribute('data-more-right');

  /** The inner (padding) box of `element`, where its overflow clips. */
  const innerBox = (element: Element) => {
    const r = element.getBoundingClientRect();
    const left = r.left + element.clientLeft;
    const top = r.top + element.clientTop;
    return {
      left,
      top,
      right: left + (element.clientWidth || r.width),
      bottom: top + (element.clientHeight || r.height),
    };
  };

  /** Why `rect` (of `element`'s content) is clipped on its way up to the column, if it is. */
  const clippedBy = (element: Element, rect: DOMRect, includeSelf: boolean) => {
    for (
      let ancestor: Element | null = includeSelf ? element : parentOf(element);
      ancestor;
      ancestor = parentOf(ancestor)
    ) {
      const isColumn = ancestor === column;
      const style = getComputedStyle(ancestor);
      const clipX = isColumn || clips(style.overflowX);
      const clipY = !isColumn && clips(style.overflowY);
      if (clipX || clipY) {
        const box = isColumn ? ancestor.getBoundingClientRect() : innerBox(ancestor);
        const outX =
          clipX && (rect.left < box.left - TOLERANCE || rect.right > box.right + TOLERANCE);
        const outY =
          clipY && (rect.top < box.top - TOLERANCE || rect.bottom > box.bottom + TOLERANCE);
        // A vertical scroll container is the ordinary way to hold a long list.
        const scrollsThere =
          (!outX || (scrolls(style.overflowX) && showsScroll(ancestor))) &&
          (!outY || scrolls(style.overflowY));
        if ((outX || outY) && !scrollsThere) {
          return isColumn ? `the ${Math.round(box.width)} px column` : describe(ancestor);
        }
        if (outX || outY) return undefined;
      }
      if (isColumn) return undefined;
    }
    return undefined;
  };

  /** How many lines the text of `element` takes. */
  const lineCount = (element: Element): number => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const rects = [...range.getClientRects()]
      .filter((r) => r.width > 0 && r.height > 0)
      .sort((a, b) => a.top - b.top);
    let lines = 0;
    let bottom = -Infinity;
    for (const r of rects) {
      if (r.top >= bottom - 2) {
        lines++;
        bottom = r.bottom;
      } else bottom = Math.max(bottom, r.bottom);
    }
    return lines;
  };

  /** The box the text of `element` takes (not the box of the element). */
  const textBox = (element: Element): DOMRect => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return range.getBoundingClientRect();
  };

  const measure = document.createElement('canvas').getContext('2d')!;

  for (const element of all) {
    const rect = element.getBoundingClientRect();
    if (!visible(element, rect)) continue;
    const interactive = element.matches(INTERACTIVE);
    // an empty cell (a dividend has no quantity) holds no figure to clip
    const figure =
      element.matches('.num') &&
      !element.closest('thead') &&
      (element.textContent ?? '').trim() !== '';
    if (!interactive && !figure) continue;
    const what = figure ? 'figure' : 'interactive element';
    const clipped = figure
      ? clippedBy(element, textBox(element), true)
      : clippedBy(element, rect, false);
    if (clipped) problems.push(`${what} ${describe(element)} is clipped by ${clipped}`);
    if (figure && lineCount(element) > 1) {
      problems.push(`figure ${describe(element)} wraps across ${lineCount(element)} lines`);
    }
    if (element instanceof HTMLSelectElement && element.selectedOptions[0]) {
      const style = getComputedStyle(element);
      measure.font = style.font;
      const text = measure.measureText(element.selectedOptions[0].text.trim()).width;
      // The arrow takes about 1.25em beside the padding.
      const room =
        element.clientWidth -
        parseFloat(style.paddingLeft) -
        parseFloat(style.paddingRight) -
        parseFloat(style.fontSize) * 1.25;
      if (text > room + TOLERANCE) {
        problems.push(
          `select ${describe(element)} cuts its text (${Math.round(text)} px in ${Math.round(room)} px)`,
        );
      }
    } else if (
      element instanceof HTMLButtonElement &&
      element.scrollWidth > element.clientWidth + TOLERANCE
    ) {
      problems.push(`button ${describe(element)} cuts its text`);
    }
  }

  for (const element of all) {
    if (!(element instanceof HTMLElement)) continue;
    if (element.scrollWidth <= element.clientWidth + TOLERANCE) continue;
    const style = getComputedStyle(element);
    if (!scrolls(style.overflowX) || showsScroll(element)) continue;
    if (!visible(element, element.getBoundingClientRect())) continue;
    problems.push(
      `${describe(element).replace(/ ".*$/, '')} scrolls sideways (${element.scrollWidth} px in ${element.clientWidth} px) without showing it`,
    );
  }
  return [...new Set(problems)];
}

/**
 * Lays the story `page` shows out at every width in light and dark, and returns what is wrong,
 * one line per problem prefixed with the width and scheme (empty when nothing is). The column
 * and the colour scheme are restored afterwards.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  // tsx keeps function names with a `__name` helper the page does not have.
  await page.evaluate('globalThis.__name ??= (f) => f');
  try {
    for (const scheme of SCHEMES) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      for (const width of WIDTHS) {
        await page.evaluate(setColumnWidth, width);
        await page.evaluate(settle);
        let found = await page.evaluate(measureLayout);
        // Something that resizes itself (a chart, a scroll hint) gets a few more frames.
        for (let retry = 0; found.length && retry < 3; retry++) {
          await page.evaluate(settle);
          found = await page.evaluate(measureLayout);
        }
        problems.push(...found.map((problem) => `${width} px ${scheme}: ${problem}`));
      }
    }
  } finally {
    await page.evaluate(setColumnWidth, undefined);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  }
  return problems;
}
