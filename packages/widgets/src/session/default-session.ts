import { pageSingleton } from '../core/global-registry.ts';
import type { Session } from './session.ts';

type Listener = (session: Session | undefined) => void;

/**
 * The page's default session: the first connected `<as-session default>`. Elements outside any
 * `<as-session>` use it. One registry per page, shared by every copy of the kit
 * (`globalThis[Symbol.for('autoshares.defaultSession')]`).
 */
export interface DefaultSessionRegistry {
  readonly session: Session | undefined;
  /** Claim the default slot (first owner wins) and publish its session. */
  publish(owner: object, session: Session | undefined): void;
  /** Give up the slot if `owner` holds it. */
  release(owner: object): void;
  /** Called now and on every change; returns an unsubscribe function. */
  subscribe(listener: Listener): () => void;
}

function createRegistry(): DefaultSessionRegistry {
  let owner: object | undefined;
  let current: Session | undefined;
  const listeners = new Set<Listener>();
  const notify = () => listeners.forEach((l) => l(current));
  return {
    get session() {
      return current;
    },
    publish(who, session) {
      if (owner && owner !== who) return;
      owner = who;
      current = session;
      notify();
    },
    release(who) {
      if (owner !== who) return;
      owner = undefined;
      current = undefined;
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      listener(current);
      return () => listeners.delete(listener);
    },
  };
}

export function defaultSessionRegistry(): DefaultSessionRegistry {
  return pageSingleton('autoshares.defaultSession', createRegistry);
}
