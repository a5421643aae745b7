/**
 * A React app's TSX with the plain elements (no wrappers), typed by
 * `@autoshares/widgets/react-jsx`: scripts/manifest.test.ts compiles it with `tsc`.
 */
import type {} from '@autoshares/widgets/react-jsx';
import type { SymbolSelectEvent } from '@autoshares/widgets';

export const page = (
  <as-session base-url="/api" app-key="partner-key" theme="dark">
    <as-quote symbol="AAPL" link-group="desk" />
    <as-watchlist
      link-group="desk"
      readonly
      onas-symbol-select={(event: SymbolSelectEvent) => console.log(event.symbol)}
    />
  </as-session>
);

// @ts-expect-error: `readonly` is a boolean, not a string
export const wrongProp = <as-watchlist readonly="yes" />;

// @ts-expect-error: the watchlist has no `symbol`
export const unknownProp = <as-watchlist symbol="AAPL" />;
