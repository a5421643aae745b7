/**
 * Users' watchlists (api-reference §7), keyed by userId. Every change emits the world events the
 * data streamer forwards: `watchlist` (created, renamed, deleted) and `watchlistContent`
 * (securities added/removed). Failures throw a {@link WatchlistError}; routes answer 409.
 */
import type { WatchlistModel, WorldEvent } from '../contract.ts';
import type { SecurityModel } from './market/securities.ts';

export type WatchlistType = NonNullable<WatchlistModel['Type']>;

/** Why a watchlist operation failed (all answer 409 over REST). */
export type WatchlistFailure =
  'notFound' | 'duplicateName' | 'readOnly' | 'unknownSecurity' | 'invalidName';

export class WatchlistError extends Error {
  override readonly name = 'WatchlistError';
  constructor(
    readonly reason: WatchlistFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface WatchlistsOptions {
  /** Resolves a security id or ticker to its watchlist view (null if unknown). */
  security: (idOrSymbol: number | string) => SecurityModel | null;
  now: () => number;
  emit: (event: WorldEvent) => void;
}

/** What `seed()` takes for one list. */
export interface WatchlistSeed {
  name: string;
  /** Tickers or security ids; unknown ones are skipped. */
  securities?: (string | number)[];
  type?: WatchlistType;
  readOnly?: boolean;
  description?: string;
  source?: string;
}

interface StoredList {
  id: number;
  userId: number;
  name: string;
  description: string;
  type: WatchlistType;
  source: string;
  readOnly: boolean;
  createDate: string;
  modifyDate: string;
  securityIds: number[];
}

const MAX_NAME = 100;

export class Watchlists {
  private readonly lists = new Map<number, StoredList>();
  private nextId = 101;

  constructor(private readonly options: WatchlistsOptions) {}

  /** A user's lists in creation order, with `SecurityList` when `includeSecurities`. */
  list(userId: number, includeSecurities: boolean): WatchlistModel[] {
    return [...this.lists.values()]
      .filter((l) => l.userId === userId)
      .map((l) => this.model(l, includeSecurities));
  }

  /** One of the user's lists; throws `notFound` for an unknown id or another user's list. */
  get(userId: number, watchlistId: number, includeSecurities: boolean): WatchlistModel {
    return this.model(this.own(userId, watchlistId), includeSecurities);
  }

  /**
   * Creates a user list. Throws `invalidName` (empty/too long), `duplicateName` (case-insensitive
   * among the user's lists) or `unknownSecurity`. Emits `watchlist` (and `watchlistContent` when
   * it starts with securities).
   */
  create(
    userId: number,
    name: string,
    securities: (number | string)[] = [],
    includeSecurities = true,
  ): WatchlistModel {
    const stored = this.insert(userId, { name, securities }, true);
    return this.model(stored, includeSecurities);
  }

  /** Renames a list; returns `{ m_Item1: id, m_Item2: name }` as the API does. Emits `watchlist`. */
  rename(userId: number, watchlistId: number, name: string): { m_Item1: number; m_Item2: string } {
    const l = this.writable(userId, watchlistId);
    const clean = this.checkName(userId, name, l.id);
    l.name = clean;
    this.touch(l);
    this.options.emit({
      type: 'watchlist',
      userId,
      watchlist: this.model(l, false),
      deleted: false,
    });
    return { m_Item1: l.id, m_Item2: l.name };
  }

  /** Deletes a list. Emits `watchlist` with `deleted: true`. */
  delete(userId: number, watchlistId: number): void {
    const l = this.writable(userId, watchlistId);
    this.lists.delete(l.id);
    this.touch(l);
    this.options.emit({
      type: 'watchlist',
      userId,
      watchlist: this.model(l, false),
      deleted: true,
    });
  }

  /**
   * Adds a security (id or ticker) to the end of a list; adding one already present changes
   * nothing. Emits `watchlistContent`. Returns the list with securities.
   */
  addSecurity(userId: number, watchlistId: number, security: number | string): WatchlistModel {
    const l = this.writable(userId, watchlistId);
    const id = this.resolve(security);
    if (!l.securityIds.includes(id)) {
      l.securityIds.push(id);
      this.touch(l);
      this.options.emit({
        type: 'watchlistContent',
        userId,
        watchlistId: l.id,
        added: [id],
        removed: [],
      });
    }
    return this.model(l, true);
  }

  /**
   * Removes a security (id or ticker) from a list; removing one that is absent changes nothing.
   * Emits `watchlistContent`. Returns the list with securities.
   */
  removeSecurity(userId: number, watchlistId: number, security: number | string): WatchlistModel {
    const l = this.writable(userId, watchlistId);
    const id = this.resolve(security);
    const at = l.securityIds.indexOf(id);
    if (at >= 0) {
      l.securityIds.splice(at, 1);
      this.touch(l);
      this.options.emit({
        type: 'watchlistContent',
        userId,
        watchlistId: l.id,
        added: [],
        removed: [id],
      });
    }
    return this.model(l, true);
  }

  /**
   * Seeds lists for a user without emitting events (demo data, stories, tests). Unknown tickers
   * are skipped; `readOnly`/`type` allow system lists. Returns the created lists' ids.
   */
  seed(userId: number, lists: WatchlistSeed[]): number[] {
    return lists.map((seed) => this.insert(userId, seed, false).id);
  }

  /** Removes every list (of one user, or all). No events. */
  clear(userId?: number): void {
    for (const [id, l] of this.lists)
      if (userId === undefined || l.userId === userId) this.lists.delete(id);
  }

  private insert(userId: number, seed: WatchlistSeed, announce: boolean): StoredList {
    const name = this.checkName(userId, seed.name);
    const ids: number[] = [];
    for (const s of seed.securities ?? []) {
      let id: number;
      try {
        id = this.resolve(s);
      } catch (e) {
        if (announce) throw e;
        continue;
      }
      if (!ids.includes(id)) ids.push(id);
    }
    const at = new Date(this.options.now()).toISOString();
    const stored: StoredList = {
      id: this.nextId++,
      userId,
      name,
      description: seed.description ?? '',
      type: seed.type ?? 'UserList',
      source: seed.source ?? '',
      readOnly: seed.readOnly ?? false,
      createDate: at,
      modifyDate: at,
      securityIds: ids,
    };
    this.lists.set(stored.id, stored);
    if (announce) {
      this.options.emit({
        type: 'watchlist',
        userId,
        watchlist: this.model(stored, false),
        deleted: false,
      });
      if (ids.length > 0) {
        this.options.emit({
          type: 'watchlistContent',
          userId,
          watchlistId: stored.id,
          added: [...ids],
          removed: [],
        });
      }
    }
    return stored;
  }

  private checkName(userId: number, name: unknown, exceptId?: number): string {
    const clean = typeof name === 'string' ? name.trim() : '';
    if (!clean) throw new WatchlistError('invalidName', 'Watchlist name is required');
    if (clean.length > MAX_NAME)
      throw new WatchlistError(
        'invalidName',
        `Watchlist name is longer than ${MAX_NAME} characters`,
      );
    const lower = clean.toLowerCase();
    for (const l of this.lists.values()) {
      if (l.userId === userId && l.id !== exceptId && l.name.toLowerCase() === lower) {
        throw new WatchlistError('duplicateName', `Watchlist with name '${clean}' already exists`);
      }
    }
    return clean;
  }

  private resolve(security: number | string): number {
    const model = this.options.security(security);
    if (!model?.Id)
      throw new WatchlistError('unknownSecurity', `Security '${security}' is not found`);
    return model.Id;
  }

  private own(userId: number, watchlistId: number): StoredList {
    const l = this.lists.get(watchlistId);
    if (!l || l.userId !== userId)
      throw new WatchlistError('notFound', `Watchlist ${watchlistId} is not found`);
    return l;
  }

  private writable(userId: number, watchlistId: number): StoredList {
    const l = this.own(userId, watchlistId);
    if (l.readOnly) throw new WatchlistError('readOnly', `Watchlist ${watchlistId} is read-only`);
    return l;
  }

  private touch(l: StoredList): void {
    l.modifyDate = new Date(this.options.now()).toISOString();
  }

  private model(l: StoredList, includeSecurities: boolean): WatchlistModel {
    const model: WatchlistModel = {
      Id: l.id,
      Name: l.name,
      Description: l.description,
      Type: l.type,
      CreateDate: l.createDate,
      ModifyDate: l.modifyDate,
      Source: l.source,
      ReadOnly: l.readOnly,
    };
    if (includeSecurities) {
      model.SecurityList = l.securityIds
        .map((id) => this.options.security(id))
        .filter((s): s is SecurityModel => s !== null);
    }
    return model;
  }
}
