/**
 * The account statement as a CSV file (RFC 4180: comma-separated, fields with a comma, quote or
 * line break quoted, quotes doubled, CRLF line ends), one row per ledger entry.
 */
import type { TransactionMapModel } from '../broker/types.ts';

/** The statement's columns: header text and the field it shows. */
const COLUMNS: [string, (t: TransactionMapModel) => string | number | undefined][] = [
  ['Id', (t) => t.Id],
  ['Date', (t) => t.Date],
  ['SettlementDate', (t) => t.SettlementDate],
  ['Type', (t) => t.Type],
  ['Code', (t) => t.Code],
  ['Symbol', (t) => t.Symbol],
  ['Quantity', (t) => t.Quantity],
  ['Price', (t) => t.Price],
  ['Value', (t) => t.Value],
  ['Description', (t) => t.Description],
];

/** One CSV field; text a spreadsheet would run as a formula is prefixed with `'`. */
export function csvField(value: string | number | undefined): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The statement's lines: the header, then one line per entry (no line ends). */
export function csvLines(rows: readonly TransactionMapModel[]): string[] {
  return [
    COLUMNS.map(([name]) => name).join(','),
    ...rows.map((t) => COLUMNS.map(([, get]) => csvField(get(t))).join(',')),
  ];
}
