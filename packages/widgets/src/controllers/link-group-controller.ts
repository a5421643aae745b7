import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SymbolSelectEvent, type SymbolSelection } from '../core/events.ts';
import { pageSingleton } from '../core/global-registry.ts';

type GroupListener = (selection: SymbolSelection, source: object) => void;

interface Group {
  current: SymbolSelection | undefined;
  listeners: Set<GroupListener>;
}

/** The page-wide link-group bus (`globalThis[Symbol.for('autoshares.linkGroups')]`). */
function groups(): Map<string, Group> {
  return pageSingleton('autoshares.linkGroups', () => new Map<string, Group>());
}

function group(name: string): Group {
  const all = groups();
  let found = all.get(name);
  if (!found) {
    found = { current: undefined, listeners: new Set() };
    all.set(name, found);
  }
  return found;
}

/** Publish a selection to a link group from outside an element (e.g. the host page). */
export function publishToLinkGroup(
  name: string,
  selection: SymbolSelection,
  source: object = {},
): void {
  const target = group(name);
  target.current = selection;
  target.listeners.forEach((listener) => listener(selection, source));
}

export interface LinkGroupHost extends ReactiveControllerHost, EventTarget {
  readonly linkGroup: string | undefined;
}

/**
 * Symbol linking. Elements with the same `link-group` follow each other's selected symbol:
 * `select()` emits `as-symbol-select` from the host (it still reaches the page) and tells the
 * other members, whose `onLinkedSymbol` runs. A member joining late gets the group's current
 * symbol at once.
 */
export class LinkGroupController implements ReactiveController {
  #joined: string | undefined;
  readonly #listener: GroupListener = (selection, source) => {
    if (source !== this.host) this.onLinkedSymbol?.(selection);
  };

  constructor(
    private readonly host: LinkGroupHost,
    private readonly onLinkedSymbol?: (selection: SymbolSelection) => void,
  ) {
    host.addController(this);
  }

  /** The group's current selection, if any. */
  get current(): SymbolSelection | undefined {
    return this.#joined ? groups().get(this.#joined)?.current : undefined;
  }

  /** The user selected a symbol here: emit `as-symbol-select` and drive the group. */
  select(selection: SymbolSelection): void {
    this.host.dispatchEvent(new SymbolSelectEvent(selection));
    if (this.host.linkGroup) publishToLinkGroup(this.host.linkGroup, selection, this.host);
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#leave();
  }

  #sync(): void {
    const wanted = this.host.linkGroup || undefined;
    if (wanted === this.#joined) return;
    this.#leave();
    if (!wanted) return;
    this.#joined = wanted;
    const target = group(wanted);
    target.listeners.add(this.#listener);
    if (target.current) this.onLinkedSymbol?.(target.current);
  }

  #leave(): void {
    if (!this.#joined) return;
    groups().get(this.#joined)?.listeners.delete(this.#listener);
    this.#joined = undefined;
  }
}
