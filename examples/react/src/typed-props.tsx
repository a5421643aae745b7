/**
 * What the generated wrappers let through, checked by `tsc -p examples/tsconfig.json` (part of
 * `pnpm test:examples`): props are typed from the element classes and event props from the
 * manifest's events, so each marked line must stay a compile error.
 */
import { News, Quote, Watchlist } from '@autoshares/react';
import type { SymbolSelectEvent } from '@autoshares/widgets';

export const typed = (
  <Watchlist
    readonly
    linkGroup="desk"
    onSymbolSelect={(event: SymbolSelectEvent) => event.symbol}
  />
);

// @ts-expect-error: `limit` is a number
export const wrongType = <News limit="ten" />;

// @ts-expect-error: the quote dispatches no as-symbol-select
export const wrongEvent = <Quote onSymbolSelect={() => undefined} />;
