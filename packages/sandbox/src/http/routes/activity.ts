/**
 * Account activity (spec tag Transactions, api-reference §11): `GET A/activity` (paged, `sortBy`
 * + `isAsc`, `filter`), the allowed types of activity and transactions, and the two reports
 * (`A/activity/report`, `A/transaction/report`). Activity and transactions read the same ledger:
 * fills, commissions, dividends, interest, deposits, withdrawals and fees.
 *
 * Reports (sandbox behaviour; the spec types the answer as `string[]`): `reportEnum=CsvReport`
 * answers the statement's CSV lines as a JSON array of strings (header first), or, asked with
 * `Accept: text/csv`, the CSV file itself (`Content-Disposition: attachment`). `NotReport`
 * answers `[]`; `PdfReport` is a 409 (not available in the sandbox).
 */
import type { Context, Hono } from 'hono';
import { TRANSACTION_TYPES } from '@autoshares/client/contract';
import type { SandboxEnv } from '../../contract.ts';
import type { TransactionMapModel } from '../../world/broker/types.ts';
import { csvLines } from '../../world/activity/report.ts';
import type { World } from '../../world/world.ts';
import { accountOf } from '../auth.ts';
import type { SandboxDeps } from '../deps.ts';
import { badRequest, conflict } from '../errors.ts';
import { boolParam, intParam, page, queryParam, requireQuery, sortByField } from '../query.ts';
import { compileOrBadRequest } from './orders.ts';

/** The spec's `reportEnum` values. */
const REPORT_KINDS = ['NotReport', 'CsvReport', 'PdfReport'] as const;
/** Types a ledger entry can have (every `TransactionMapModel.Type` but `Undefined`). */
const ALLOWED_TYPES = TRANSACTION_TYPES.filter((t) => t !== 'Undefined');

/** The account's ledger, filtered (400 on a bad filter) and sorted. */
function ledger(
  world: World,
  c: Context<SandboxEnv>,
  sortBy: string,
  desc: boolean,
): TransactionMapModel[] {
  const account = accountOf(world, c);
  const match = compileOrBadRequest<TransactionMapModel>(queryParam(c, 'filter'), {});
  let rows = account.transactions.filter(match);
  if (queryParam(c, 'checkCode')?.toLowerCase() === 'true') rows = rows.filter((t) => !!t.Code);
  return structuredClone(sortByField(rows, sortBy, desc));
}

/** Answers a report request over the selected rows. */
function report(
  c: Context<SandboxEnv>,
  rows: TransactionMapModel[],
  kind: string,
  name: string,
): Response {
  if (!(REPORT_KINDS as readonly string[]).includes(kind))
    throw badRequest(`The value '${kind}' is not valid for reportEnum.`);
  if (kind === 'NotReport') return c.json([]);
  if (kind === 'PdfReport')
    throw conflict('PdfReport is not available in the sandbox: ask for CsvReport.');
  const lines = csvLines(rows);
  if ((c.req.header('Accept') ?? '').includes('text/csv')) {
    return c.body(`${lines.join('\r\n')}\r\n`, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}.csv"`,
    });
  }
  return c.json(lines);
}

export function registerActivityRoutes(app: Hono<SandboxEnv>, { world }: SandboxDeps): void {
  const A = '/v1.0/accounts/:accountId';

  app.get(`${A}/activity`, (c) => {
    const q = requireQuery(
      c,
      ['pageSize', 'pageNumber', 'sortBy', 'isAsc'],
      'unsupportedApiVersion',
    );
    const pageNumber = intParam(q.pageNumber, 'pageNumber', { min: 0 });
    const pageSize = intParam(q.pageSize, 'pageSize', { min: 1, max: 1000 });
    const rows = ledger(world, c, q.sortBy, !boolParam(q.isAsc, 'isAsc'));
    return c.json(page(c, rows, pageNumber, pageSize));
  });

  for (const path of [`${A}/activity/allowed-types`, `${A}/transactions/allowed-types`]) {
    app.get(path, (c) => {
      accountOf(world, c);
      return c.json([...ALLOWED_TYPES]);
    });
  }

  app.get(`${A}/activity/report`, (c) => {
    const q = requireQuery(c, ['sortBy', 'isAsc', 'reportEnum'], 'unsupportedApiVersion');
    const rows = ledger(world, c, q.sortBy, !boolParam(q.isAsc, 'isAsc'));
    return report(c, rows, q.reportEnum, `activity-${c.req.param('accountId')}`);
  });

  app.get(`${A}/transaction/report`, (c) => {
    const q = requireQuery(c, ['sortBy', 'isDesc', 'reportEnum'], 'unsupportedApiVersion');
    const rows = ledger(world, c, q.sortBy, boolParam(q.isDesc, 'isDesc'));
    return report(c, rows, q.reportEnum, `transactions-${c.req.param('accountId')}`);
  });
}
