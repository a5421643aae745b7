/**
 * When an ACH transfer requested now is expected to settle, before the server says (its
 * `TransferDate`): requests join the day's batch until 16:00 New York on a business day (else
 * the next business day's) and settle one business day after the batch. Weekends are skipped;
 * market holidays are not known here, so the date is shown as an estimate.
 */

const ZONE = 'America/New_York';
const DAY_MS = 86_400_000;
const CUT_OFF_HOUR = 16;

/** The New York calendar day and hour of an instant. */
function inNewYork(ms: number): { day: string; hour: number; weekday: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
    weekday: 'short',
  }).formatToParts(ms);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(part('weekday'));
  return {
    day: `${part('year')}-${part('month')}-${part('day')}`,
    hour: Number(part('hour')),
    weekday,
  };
}

const isBusinessDay = (day: Date) => day.getUTCDay() !== 0 && day.getUTCDay() !== 6;

/** The next business day after `day` (a UTC-midnight date standing for a calendar day). */
function nextBusinessDay(day: Date): Date {
  let next = new Date(day.getTime() + DAY_MS);
  while (!isBusinessDay(next)) next = new Date(next.getTime() + DAY_MS);
  return next;
}

/**
 * The expected settlement day of a transfer requested at `now` (ms), as UTC noon of that New
 * York calendar day (format it with `timeZone: 'UTC'`).
 */
export function expectedSettlement(now: number): Date {
  const ny = inNewYork(now);
  const today = new Date(`${ny.day}T00:00:00Z`);
  const inTodaysBatch = isBusinessDay(today) && ny.hour < CUT_OFF_HOUR;
  const batch = inTodaysBatch ? today : nextBusinessDay(today);
  return new Date(nextBusinessDay(batch).getTime() + DAY_MS / 2);
}
