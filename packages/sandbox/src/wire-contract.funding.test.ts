/**
 * The funding, activity and agreement responses speak the spec: every field of every object is a
 * property of its spec schema (no invented fields; the key lists below are checked against the
 * generated `@autoshares/client/api-types` at compile time, both ways), enum fields carry spec
 * or contract values, dates parse, and paged answers are `PagingResult`s.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { TRANSACTION_TYPES } from '@autoshares/client/contract';
import type { components } from '@autoshares/client/api-types';
import {
  linkApprovedBank,
  startFundingServer,
  type FundingTestServer,
} from './http/routes/funding.test-support.ts';
import type { Json } from './node/test-support.ts';

type S = components['schemas'];

/**
 * The property names of schema `T`, all of them (a missing or unknown name fails type checking).
 */
const keysOf =
  <T>() =>
  <const K extends readonly (keyof T & string)[]>(
    ...keys: K &
      ([Exclude<keyof T, K[number]>] extends [never]
        ? unknown
        : { missing: Exclude<keyof T, K[number]> })
  ): readonly string[] =>
    keys;

const ACH = keysOf<S['AchRelationshipResource']>()(
  'Id',
  'AccountId',
  'ExternalId',
  'RoutingNumber',
  'AccountNumber',
  'DisplayAccountNumber',
  'AccountOwnerName',
  'Name',
  'Status',
  'CreatedAt',
  'CancelDate',
  'CancelReason',
  'ApprovalMethod',
  'Default',
  'BankAccountType',
);
const TRANSFER = keysOf<S['TransferResource']>()(
  'Id',
  'AccountId',
  'ExternalId',
  'Mechanism',
  'IsDeposit',
  'Status',
  'Comment',
  'Amount',
  'TotalAmount',
  'TransferDate',
  'CreatedAt',
  'ClearingAccountNumber',
  'CreatedBy',
);
const FEE = keysOf<S['FeeResource']>()(
  'Type',
  'CustomerDebitAmount',
  'FirmCreditAmount',
  'CorrespondentNetAmount',
);
const IRA = keysOf<S['AllowedIraConstraintsResource']>()(
  'IsRetirementAccount',
  'ContributionConstraints',
  'DistributionConstraints',
);
const CONTRIBUTION = keysOf<S['ContributionConstraintsResource']>()(
  'OnlyAllowCurrentYearContribution',
  'ValidContributions',
);
const VALID_CONTRIBUTION = keysOf<S['ValidContributionResource']>()(
  'Reason',
  'PreviousYearContributionAllowed',
);
const DISTRIBUTION = keysOf<S['DistributionConstraintsResource']>()(
  'TotalDistributionAllowed',
  'ClosingFee',
  'ValidDistributionReasons',
);
const REASON_PARAMS = keysOf<S['DistributionReasonParamsResource']>()(
  'WithholdingEnabled',
  'StateWithholdingEnabled',
);
const TRANSACTION = keysOf<S['TransactionMapModel']>()(
  'Id',
  'SecurityId',
  'OrderStateId',
  'AccountId',
  'Date',
  'Value',
  'Quantity',
  'LeavesQuantity',
  'Fee',
  'Type',
  'IsDayTrade',
  'Description',
  'Symbol',
  'Code',
  'MarginType',
  'SettlementDate',
  'Price',
  'OrderId',
);
const FEE_MODEL = keysOf<S['FeeModel']>()(
  'Id',
  'CommissionId',
  'Value',
  'Seizure',
  'Leverage',
  'ValueType',
);
const AGREEMENT = keysOf<S['AgreementItemResource']>()('Type', 'CanSkip');
const PAGE = keysOf<S['PagingResult_TransferResource_']>()(
  'Result',
  'NextPageLink',
  'PreviousPageLink',
  'TotalCount',
);

/** Enum values of the spec, by `Schema.Property` (typed by the generated schema). */
const MARGIN_TYPES = [
  'Empty',
  'Cash',
  'Margin',
  'Dividend',
  'LegalTransfer',
  'Short',
  'Grant',
  'FPLCashCollateral',
  'ESPPRSU',
  'DVPRVP',
] as const satisfies readonly NonNullable<S['TransactionMapModel']['MarginType']>[];
const SEIZURES = [
  'Placement',
  'Execution',
  'Fill',
  'Proportional',
  'Order',
] as const satisfies readonly NonNullable<S['FeeModel']['Seizure']>[];
const VALUE_TYPES = [
  'Absolute',
  'Coefficient',
  'GP2TCredit',
] as const satisfies readonly NonNullable<S['FeeModel']['ValueType']>[];
const AGREEMENT_TYPES = ['Platform', 'Quotemedia', 'Quodd'] as const satisfies readonly NonNullable<
  S['AgreementItemResource']['Type']
>[];

/** The fields of `value` its schema does not have. */
function invented(value: Json, keys: readonly string[], where: string): string[] {
  assert.equal(typeof value, 'object', `${where} is an object`);
  return Object.keys(value)
    .filter((k) => !keys.includes(k))
    .map((k) => `${where}.${k}`);
}

const isDate = (v: unknown) => typeof v === 'string' && Number.isFinite(Date.parse(v));

let s: FundingTestServer;
before(async () => {
  s = await startFundingServer();
});
after(() => s.close());

test('ACH relationships, transfers, fees and IRA constraints have only spec fields', async () => {
  const bank = await linkApprovedBank(s, s.margin);
  const A = `/v1.0/accounts/${s.margin}`;
  const list = (
    await s.as(`${A}/ach-relationships?pageSize=10&pageNumber=0&sortBy=CreatedAt&isDesc=false`)
  ).body;
  const problems = [...invented(list, PAGE, 'ach page')];
  const rels = [
    ...list.Result,
    (await s.as(`${A}/ach-relationships/${bank}`)).body,
    (await s.as(`${A}/ach-relationships/default`)).body,
  ];
  for (const r of rels) {
    problems.push(...invented(r, ACH, 'AchRelationshipResource'));
    assert.ok(isDate(r.CreatedAt) && isDate(r.CancelDate));
  }
  await s.as(`${A}/transfers/ach`, 'POST', {
    AchRelationshipId: bank,
    IsIncoming: true,
    Amount: 10,
  });
  const wire = await s.as(`${A}/transfers/wire`, 'POST', {
    Amount: 5,
    BankName: 'B',
    AccountNumber: '1234',
    Name: 'N',
  });
  await s.as(`${A}/transfers/check`, 'POST', { Amount: 5 });
  const transfers = (
    await s.as(`${A}/transfers?pageSize=10&pageNumber=0&sortBy=CreatedAt&isDesc=true`)
  ).body;
  problems.push(...invented(transfers, PAGE, 'transfer page'));
  assert.equal(transfers.TotalCount, 3);
  for (const t of transfers.Result) {
    problems.push(...invented(t, TRANSFER, 'TransferResource'));
    assert.ok(isDate(t.CreatedAt) && isDate(t.TransferDate));
  }
  for (const f of (await s.as(`${A}/transfers/${wire.body.Id}/fees`)).body)
    problems.push(...invented(f, FEE, 'FeeResource'));
  for (const [account, deposit] of [
    [s.ira, true],
    [s.ira, false],
    [s.margin, true],
  ] as const) {
    const c = (await s.as(`/v1.0/accounts/${account}/transfers/ira_constraints/ACH/${deposit}`))
      .body;
    problems.push(...invented(c, IRA, 'AllowedIraConstraintsResource'));
    if (c.ContributionConstraints) {
      problems.push(
        ...invented(c.ContributionConstraints, CONTRIBUTION, 'ContributionConstraintsResource'),
      );
      for (const v of c.ContributionConstraints.ValidContributions)
        problems.push(...invented(v, VALID_CONTRIBUTION, 'ValidContributionResource'));
    }
    if (c.DistributionConstraints) {
      problems.push(
        ...invented(c.DistributionConstraints, DISTRIBUTION, 'DistributionConstraintsResource'),
      );
      problems.push(...invented(c.DistributionConstraints.ClosingFee, FEE, 'ClosingFeeResource'));
      for (const v of Object.values(c.DistributionConstraints.ValidDistributionReasons))
        problems.push(...invented(v, REASON_PARAMS, 'DistributionReasonParamsResource'));
    }
  }
  assert.deepEqual(problems, []);
});

test('activity and transactions carry spec fields and enum values only', async () => {
  const A = `/v1.0/accounts/${s.margin}`;
  const problems: string[] = [];
  for (const path of ['activity?sortBy=Date&isAsc=true', 'transactions?sortBy=Date&isDesc=false']) {
    const page = (await s.as(`${A}/${path}&pageSize=1000&pageNumber=0`)).body;
    problems.push(...invented(page, PAGE, path));
    for (const t of page.Result) {
      problems.push(
        ...invented(t, TRANSACTION, 'TransactionMapModel'),
        ...invented(t.Fee, FEE_MODEL, 'FeeModel'),
      );
      if (!TRANSACTION_TYPES.includes(t.Type)) problems.push(`Type=${t.Type}`);
      if (!(MARGIN_TYPES as readonly string[]).includes(t.MarginType))
        problems.push(`MarginType=${t.MarginType}`);
      if (!(SEIZURES as readonly string[]).includes(t.Fee.Seizure))
        problems.push(`Seizure=${t.Fee.Seizure}`);
      if (!(VALUE_TYPES as readonly string[]).includes(t.Fee.ValueType))
        problems.push(`ValueType=${t.Fee.ValueType}`);
      if (!isDate(t.Date) || !isDate(t.SettlementDate)) problems.push(`dates of ${t.Id}`);
    }
  }
  for (const kind of ['activity', 'transactions']) {
    const types = (await s.as(`${A}/${kind}/allowed-types`)).body;
    for (const type of types)
      if (!TRANSACTION_TYPES.includes(type)) problems.push(`allowed ${type}`);
  }
  const report = (await s.as(`${A}/activity/report?sortBy=Date&isAsc=true&reportEnum=CsvReport`))
    .body;
  assert.ok(
    Array.isArray(report) && report.every((line: unknown) => typeof line === 'string'),
    'a report is string[]',
  );
  assert.deepEqual([...new Set(problems)], []);
});

test('agreements are AgreementItemResources of spec types', async () => {
  await s.control('/agreements', {
    userId: s.user.userId,
    unsigned: ['Platform', 'Quotemedia', 'Quodd'],
  });
  const list = (await s.as('/v1.0/users/@me/agreements')).body;
  assert.equal(list.length, 3);
  for (const a of list) {
    assert.deepEqual(invented(a, AGREEMENT, 'AgreementItemResource'), []);
    assert.ok((AGREEMENT_TYPES as readonly string[]).includes(a.Type));
    assert.equal(typeof a.CanSkip, 'boolean');
  }
  // The sandbox's agreementId is the Type's position in the spec's enum.
  for (const a of list)
    assert.equal(
      (await s.as(`/v1.0/users/@me/agreements/${AGREEMENT_TYPES.indexOf(a.Type)}/sign`, 'POST'))
        .status,
      200,
    );
  assert.deepEqual((await s.as('/v1.0/users/@me/agreements')).body, []);
});
