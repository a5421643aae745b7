import { ContextRoot, createContext } from '@lit/context';
import type { Session } from './session.ts';

/**
 * The session context. Keyed by `Symbol.for(...)`, so an npm copy and a CDN copy of the kit on
 * one page still find each other's providers.
 */
export const sessionContext = createContext<Session | undefined>(Symbol.for('autoshares.session'));

const ROOT_FLAG = Symbol.for('autoshares.contextRoot');

/**
 * Attach one `ContextRoot` to `document` per page (whichever copy of the kit runs first), so an
 * `<as-session>` that upgrades after its elements still reaches them.
 */
export function ensureContextRoot(): void {
  if (typeof document === 'undefined') return;
  const doc = document as Document & { [ROOT_FLAG]?: ContextRoot };
  if (doc[ROOT_FLAG]) return;
  const root = new ContextRoot();
  // `attach` only adds two event listeners; the document is the outermost place they bubble to.
  root.attach(document as unknown as HTMLElement);
  doc[ROOT_FLAG] = root;
}

/**
 * What `<as-session>` provides on the server (`docs/ssr.md`): its settings, from its attributes.
 * There is no client, user or token on a server, so its elements render their loading skeletons
 * with them: in the session's language and theme.
 */
export type ServerSession = Pick<Session, 'locale' | 'theme' | 'transparent'>;

/** The server session's context, asked for by the elements as the server renders them. */
export const serverSessionContext = createContext<ServerSession | undefined>(
  Symbol.for('autoshares.serverSession'),
);
