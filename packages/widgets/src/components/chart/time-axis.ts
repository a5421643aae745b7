/**
 * Time-axis labels in New York time (the exchange's), in the element's locale. The chart
 * library works in UTC; without this, intraday ticks would read 14:30 for the 09:30 open.
 */
import type { Time } from 'lightweight-charts';

/** The library's `TickMarkType` values (a const enum there; the library is loaded lazily). */
const TICK = { Year: 0, Month: 1, DayOfMonth: 2, Time: 3, TimeWithSeconds: 4 } as const;

const OPTIONS: Record<number, Intl.DateTimeFormatOptions> = {
  [TICK.Year]: { year: 'numeric' },
  [TICK.Month]: { month: 'short' },
  [TICK.DayOfMonth]: { day: 'numeric' },
  [TICK.Time]: { hour: 'numeric', minute: '2-digit' },
  [TICK.TimeWithSeconds]: { hour: 'numeric', minute: '2-digit', second: '2-digit' },
};

/** A `timeScale.tickMarkFormatter` for `locale` (undefined = the browser's). */
export function tickMarkFormatter(locale: string | undefined) {
  const formats = new Map<number, Intl.DateTimeFormat>();
  return (time: Time, type: number): string | null => {
    if (typeof time !== 'number') return null; // business-day times: library default
    let format = formats.get(type);
    if (!format) {
      const options = OPTIONS[type];
      if (!options) return null;
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'America/New_York' });
      formats.set(type, format);
    }
    return format.format(time * 1000);
  };
}
