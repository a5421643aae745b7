import {
  createProviderSource,
  type ClientParts,
  type ProviderDeclaration,
  type ProviderSource,
} from './provider-source.ts';

/** What the reader uses of the first load, handed in (see {@link ClientParts}). */
export interface ReaderParts extends ClientParts {
  /** Loads the translated sentences of the configuration mistakes (`config-error.ts`). */
  loadConfigTexts(): Promise<void>;
}

/** The attributes of an `<as-provider>` that declare it. */
const DECLARING = ['name', 'endpoint', 'sign-in-url', 'label'];

function declarations(root: Element): ProviderDeclaration[] {
  return [...root.querySelectorAll('as-provider')]
    .filter((el) => el.getAttribute('name'))
    .map((el) => ({
      name: el.getAttribute('name')!.trim().toLowerCase(),
      endpoint: el.getAttribute('endpoint'),
      signInUrl: el.getAttribute('sign-in-url'),
      label: el.getAttribute('label'),
    }));
}

/**
 * The providers an `<as-session>` declares with `<as-provider>` elements inside it, kept up to
 * date as they are added, removed or changed; `onChange` runs after each real change. Reads the
 * attributes, so it works before `<as-provider>` is defined (and on a CDN page that never loads it).
 */
export class DeclaredProviders {
  #signature = '';
  #sources: Readonly<Record<string, ProviderSource>> = Object.freeze({});
  #observer: MutationObserver | undefined;

  constructor(
    private readonly root: Element,
    private readonly onChange: () => void,
    private readonly parts: ReaderParts,
  ) {}

  /** The declared providers by name (the first declaration of a name wins). */
  get sources(): Readonly<Record<string, ProviderSource>> {
    return this.#sources;
  }

  start(): void {
    this.#read();
    this.#observer ??= new MutationObserver(() => {
      if (this.#read()) this.onChange();
    });
    this.#observer.observe(this.root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: DECLARING,
    });
  }

  stop(): void {
    this.#observer?.disconnect();
  }

  /** Re-reads the declarations; true when they changed. */
  #read(): boolean {
    const found = declarations(this.root);
    const signature = JSON.stringify(found);
    if (signature === this.#signature) return false;
    this.#signature = signature;
    const sources: Record<string, ProviderSource> = {};
    for (const declaration of found)
      sources[declaration.name] ??= createProviderSource(declaration, this.parts);
    this.#sources = Object.freeze(sources);
    // A refused URL is shown in the page's language: its sentences load with the first one.
    if (Object.values(sources).some((source) => source.problem))
      void this.parts.loadConfigTexts().then(this.onChange, () => undefined);
    return true;
  }
}
