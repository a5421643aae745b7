import { AutoSharesError, checkUrl } from '@autoshares/client';
import { loadConfigTexts } from '../config-error.ts';
import type { DeclaredProviders } from './declared-providers.ts';
import type { ProviderSource } from './provider-source.ts';

const NONE: Readonly<Record<string, ProviderSource>> = Object.freeze({});

/**
 * The `<as-provider>` declarations inside an `<as-session>`. Until the first one appears only a
 * child-list observer watches; their reader (`declared-providers.ts`, with the provider sources)
 * loads with the first, so a page without another provider never downloads it. `onChange` runs
 * when one is found later, when the reader arrives, and after each change it reads.
 */
export class ProviderDeclarations {
  #declared: DeclaredProviders | undefined;
  #loading = false;
  #connected = false;
  #watch: MutationObserver | undefined;

  constructor(
    private readonly root: Element,
    private readonly onChange: () => void,
  ) {}

  /** The declared providers by name; none until their reader has loaded. */
  get sources(): Readonly<Record<string, ProviderSource>> {
    return this.#declared?.sources ?? NONE;
  }

  /** True while declarations are found and their reader is still loading. */
  get pending(): boolean {
    return this.#loading;
  }

  start(): void {
    this.#connected = true;
    if (this.#declared) this.#declared.start();
    else if (!this.found()) this.watch();
  }

  stop(): void {
    this.#connected = false;
    this.#watch?.disconnect();
    this.#declared?.stop();
  }

  /** Waits for a first `<as-provider>` inside. */
  private watch(): void {
    this.#watch ??= new MutationObserver(() => {
      if (this.found()) this.onChange();
    });
    this.#watch.observe(this.root, { subtree: true, childList: true });
  }

  /** Loads the reader when an `<as-provider>` is inside (once); true when one is. */
  private found(): boolean {
    if (!this.root.querySelector('as-provider')) return false;
    this.#watch?.disconnect();
    if (this.#loading) return true;
    this.#loading = true;
    import('./declared-providers.ts').then(
      ({ DeclaredProviders }) => {
        this.#loading = false;
        this.#declared = new DeclaredProviders(this.root, this.onChange, {
          checkUrl,
          AutoSharesError,
          loadConfigTexts,
        });
        if (this.#connected) this.#declared.start();
        this.onChange();
      },
      (error: unknown) => {
        // Elements then say the provider is missing; the next change inside tries again.
        this.#loading = false;
        console.warn('<as-session>: the <as-provider> declarations could not be read:', error);
        if (this.#connected) this.watch();
        this.onChange();
      },
    );
    return true;
  }
}
