// expect: Type 'string' is not assignable to type 'boolean | undefined'
import { Watchlist } from '@autoshares/react';

export const wrong = <Watchlist readonly="yes" />;
