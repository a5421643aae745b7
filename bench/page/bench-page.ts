/**
 * The benchmark page's script (bundled by bench/lib/page-server.ts with esbuild). The page's
 * HTML is written by each scenario; a classic script before this module sets
 * `globalThis.__BENCH__` (`{ token, clientOptions }`). This module installs the instrumentation,
 * loads the whole widget kit, hands the token to every `<as-session>` before its first update,
 * and exposes `globalThis.bench` for puppeteer.
 */
import { install, start, stop } from './instrument.ts';
import { track } from './paint-probe.ts';
import { AutoSharesElement, type AutoSharesSession } from '@autoshares/widgets';

interface BenchConfig {
  token?: string;
}

const config = (globalThis as { __BENCH__?: BenchConfig }).__BENCH__ ?? {};
install(AutoSharesElement.prototype);

function setToken(root: ParentNode): void {
  for (const session of root.querySelectorAll<AutoSharesSession>('as-session')) {
    if (config.token && !session.token) session.token = config.token;
  }
}
setToken(document);

/** The shadow-root `[data-state]` of an element (loading, empty, error, signed-out…), if any. */
function stateOf(element: Element): string | undefined {
  return (
    element.shadowRoot?.querySelector('[part~="state"][data-state]')?.getAttribute('data-state') ??
    undefined
  );
}

/** Every `as-*` widget on the page (sessions excluded). */
function widgets(): Element[] {
  return [...document.querySelectorAll('*')].filter(
    (el) => el.localName.startsWith('as-') && el.localName !== 'as-session',
  );
}

/** Elements matching `selector` in the shadow roots of `root`'s descendants (one level). */
function shadowCount(selector: string): number {
  let count = 0;
  for (const el of widgets()) count += el.shadowRoot?.querySelectorAll(selector).length ?? 0;
  return count;
}

/** The cell showing `symbol`'s last price: a table row's Last column or a quote's price. */
function lastCell(symbol: string): Element | undefined {
  for (const el of widgets()) {
    const root = el.shadowRoot;
    if (!root) continue;
    const cell =
      root.querySelector(`tr[data-symbol="${CSS.escape(symbol)}"] .col-last`) ??
      (el.localName === 'as-quote' && el.getAttribute('symbol') === symbol
        ? root.querySelector('[data-field="last"]')
        : null);
    if (cell) return cell;
  }
  return undefined;
}

const bench = {
  start,
  stop,
  /** Symbols of the first `count` rows (or quotes) on screen that show a last price. */
  onScreen(count: number): string[] {
    const symbols: string[] = [];
    for (const el of widgets()) {
      if (el.localName === 'as-quote') symbols.push(el.getAttribute('symbol') ?? '');
      for (const row of el.shadowRoot?.querySelectorAll('tr[data-symbol]') ?? []) {
        const top = row.getBoundingClientRect().top;
        if (top >= 0 && top < innerHeight && row.querySelector('.col-last'))
          symbols.push(row.getAttribute('data-symbol')!);
      }
    }
    return symbols.filter(Boolean).slice(0, count);
  },
  /** Times tick-to-paint for these securities (stream key → symbol) from their last-price cells. */
  track(securities: Array<{ key: string; symbol: string }>): void {
    track(securities, lastCell);
  },
  /** Widgets not yet showing data: `[tag, state]` pairs (empty = every widget shows data). */
  waiting(): Array<[string, string]> {
    return widgets()
      .map((el): [string, string] => [el.localName, stateOf(el) ?? ''])
      .filter(([, state]) => state !== '' && state !== 'empty')
      .concat(
        widgets()
          .filter((el) => !el.shadowRoot || (el.shadowRoot.textContent ?? '').trim() === '')
          .map((el): [string, string] => [el.localName, 'blank']),
      );
  },
  /** Rows (`part~=row`) shown by the page's widgets. */
  rows(): number {
    return shadowCount('[part~="row"]');
  },
  /** Mounts `markup` into `#mount` (replacing what was there) and signs its sessions in. */
  mount(markup: string): void {
    const host = document.getElementById('mount')!;
    host.innerHTML = markup;
    setToken(host);
  },
  /** Empties `#mount`. */
  unmount(): void {
    document.getElementById('mount')!.replaceChildren();
  },
  /**
   * Mounts `markup` inside the page's `<as-session id="s">` and removes it again after two
   * frames, `cycles` times; resolves when done.
   */
  async cycle(markup: string, cycles: number): Promise<void> {
    const session = document.getElementById('s')!;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let i = 0; i < cycles; i++) {
      const holder = document.createElement('div');
      holder.innerHTML = markup;
      session.append(holder);
      await frame();
      await frame();
      holder.remove();
    }
    await frame();
  },
  /**
   * Mounts `markup` inside `<as-session id="s">` until every widget shows data (bounded), then
   * removes it: loads lazy code (the chart library) and fills the session's caches once.
   */
  async warm(markup: string, timeoutMs = 20_000): Promise<string[]> {
    const holder = document.createElement('div');
    holder.innerHTML = markup;
    document.getElementById('s')!.append(holder);
    const until = performance.now() + timeoutMs;
    let waiting = bench.waiting();
    while (waiting.length > 0 && performance.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      waiting = bench.waiting();
    }
    holder.remove();
    return waiting.map(([tag, state]) => `${tag}: ${state}`);
  },
  /** Forces a full garbage collection (Chromium started with `--js-flags=--expose-gc`). */
  gc(): void {
    (globalThis as { gc?: () => void }).gc?.();
  },
  /** The stream status of the session `#s` (`quote`, `data`). */
  streamStatus(): Record<string, string> {
    const client = document.querySelector<AutoSharesSession>('#s')?.session?.client;
    if (!client) return {};
    return { quote: client.stream.status('quote'), data: client.stream.status('data') };
  },
};

(globalThis as { bench?: typeof bench }).bench = bench;
export type Bench = typeof bench;
