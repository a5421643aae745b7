/**
 * A Svelte app's view of the elements through `svelteHTML.IntrinsicElements`, typed by
 * `@autoshares/widgets/svelte` (what svelte-check uses in markup): scripts/manifest.test.ts
 * compiles it with `tsc`.
 */
import type {} from '@autoshares/widgets/svelte';
import type { SymbolSelectEvent } from '@autoshares/widgets';

type PropsOf<Tag extends keyof svelteHTML.IntrinsicElements> = svelteHTML.IntrinsicElements[Tag];

export const watchlist: PropsOf<'as-watchlist'> = {
  'link-group': 'desk',
  'on:as-symbol-select': (event: SymbolSelectEvent) => console.log(event.symbol), // Svelte 4
  'onas-symbol-select': (event: SymbolSelectEvent) => console.log(event.symbol), // Svelte 5
};

// @ts-expect-error: `limit` is a number
export const wrongProp: PropsOf<'as-news'> = { limit: 'ten' };
