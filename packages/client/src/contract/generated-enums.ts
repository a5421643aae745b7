/**
 * GENERATED FILE: do not edit by hand.
 * Source: AutoShares Trading API spec (Swagger 2.0 "AutoShares Trading API" v1.0.0),
 * the string enums listed in `scripts/generate-api-types.mjs`, in spec order.
 * Regenerate with `pnpm generate:api-types`.
 */

/** Order `Status` and `ExecutionStatus`. Spec: `OrderResource.Status`, `OrderResource.ExecutionStatus`. */
export const ORDER_STATUSES = [
  'New',
  'PartiallyFilled',
  'Filled',
  'DoneForDay',
  'Canceled',
  'Replaced',
  'PendingCancel',
  'Stopped',
  'Rejected',
  'Suspended',
  'PendingNew',
  'Calculated',
  'Expired',
  'AcceptedForBidding',
  'PendingReplace',
  'Error',
  'Held',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Order `Side`. Spec: `OrderResource.Side`, `CreateOrderResource.Side`. */
export const ORDER_SIDES = ['Buy', 'Sell', 'SellShort', 'BuyToCover'] as const;
export type OrderSide = (typeof ORDER_SIDES)[number];

/** Order `Type` (and `InitialType`). Spec: `OrderResource.Type`, `OrderResource.InitialType`, `CreateOrderResource.Type`, `ModifyOrderResource.Type`. */
export const ORDER_TYPES = [
  'Market',
  'Limit',
  'Stop',
  'StopLimit',
  'Pegged',
  'TrailingStop',
  'TrailingStopLimit',
  'OneCancelOther',
  'OneTriggerOther',
  'OneTriggerOneCancelOther',
  'External',
  'MutualFundsExchange',
  'StagingBlotter',
] as const;
export type OrderType = (typeof ORDER_TYPES)[number];

/** Order `TimeInForce` (spelled `TimeInforce` in the spec of the place/verify body). Spec: `OrderResource.TimeInForce`, `CreateOrderResource.TimeInforce`, `ModifyOrderResource.TimeInForce`. */
export const TIMES_IN_FORCE = [
  'Day',
  'GoodTillCancel',
  'AtTheOpening',
  'ImmediateOrCancel',
  'FillOrKill',
  'GoodTillCrossing',
  'GoodTillDate',
  'AtTheClose',
  'GoodTillTime',
  'GoodTillCancelPlus',
  'GoodTillDatePlus',
] as const;
export type TimeInForce = (typeof TIMES_IN_FORCE)[number];

/** Order `RequestStatus`. Spec: `OrderResource.RequestStatus`. */
export const ORDER_REQUEST_STATUSES = [
  'RequireValidation',
  'Validated',
  'Rejected',
  'Executing',
  'Complete',
  'Error',
] as const;
export type OrderRequestStatus = (typeof ORDER_REQUEST_STATUSES)[number];

/** Order `Target`. Spec: `OrderResource.Target`. */
export const ORDER_TARGETS = [
  'Ignore',
  'New',
  'Modify',
  'Cancel',
  'Execution',
  'Status',
  'CancelReject',
  'Reject',
  'Error',
  'All',
] as const;
export type OrderTarget = (typeof ORDER_TARGETS)[number];

/** Order `TransType`. Spec: `OrderResource.TransType`. */
export const ORDER_TRANS_TYPES = ['New', 'Cancel', 'Correct', 'Status'] as const;
export type OrderTransType = (typeof ORDER_TRANS_TYPES)[number];

/** Order `ExecInst` (REST; the streamer may send numeric flags). Spec: `OrderResource.ExecInst`, `CreateOrderResource.ExecInst`. */
export const EXEC_INSTRUCTIONS = [
  'None',
  'CashAmountOrder',
  'FullLiquidation',
  'DoNotIncrease',
  'DoNotReduce',
  'AllOrNone',
] as const;
export type ExecInstruction = (typeof EXEC_INSTRUCTIONS)[number];

/** Order `TrailingStopAmountType` / `TrailingLimitAmountType` (sic `Persentage`). Spec: `OrderResource.TrailingStopAmountType`, `OrderResource.TrailingLimitAmountType`, `CreateOrderResource.TrailingStopAmountType`, `CreateOrderResource.TrailingLimitAmountType`, `ModifyOrderResource.TrailingStopAmountType`, `ModifyOrderResource.TrailingLimitAmountType`. */
export const TRAILING_AMOUNT_TYPES = ['Absolute', 'Persentage'] as const;
export type TrailingAmountType = (typeof TRAILING_AMOUNT_TYPES)[number];

/** A security's `Type` (and an order's `SecurityType`). Spec: `EquityResource.Type`, `SecurityModel.Type`, `OptionResource.Type`, `OrderResource.SecurityType`. */
export const SECURITY_TYPES = [
  'BankersAcceptance',
  'CertificateOfDeposit',
  'CollateralizeMortgageObligation',
  'CorporateBond',
  'CommercialPaper',
  'CorporatePrivatePlacement',
  'CommonStock',
  'FederalHousingAuthority',
  'FederalHomeLoan',
  'FederalNationalMortgageAssociation',
  'ForeignExchangeContract',
  'Future',
  'GovernmentNationalMortgageAssociation',
  'TreasuriesPlusAgencyDebenture',
  'MutualFund',
  'MortgageInterestOnly',
  'MortgagePrincipleOnly',
  'MortgagePrivatePlacement',
  'MiscellaneousPassThru',
  'MunicipalBond',
  'NoIsitcSecurityType',
  'Option',
  'PreferredStock',
  'RepurchaseAgreement',
  'ReverseRepurchaseAgreement',
  'StudentLoanMarketingAssociation',
  'TimeDeposit',
  'UsTreasuryBill',
  'Warrant',
  'CatsTigersLions',
  'WildcardEntry',
  'ConvertibleBond',
  'MortgageIoette',
  'Index',
  'FakeStockForNonStandartOption',
  'Right',
  'Cryptocurrency',
  'ETF',
  'DepositoryReceipt',
  'CoveredWarrant',
  'Unit',
  'GovernmentBond',
] as const;
export type SecurityType = (typeof SECURITY_TYPES)[number];

/** An option's `OptionType`. Spec: `OptionResource.OptionType`, `SecurityModel.OptionType`. */
export const OPTION_TYPES = ['Call', 'Put', 'Undefined'] as const;
export type OptionType = (typeof OPTION_TYPES)[number];

/** An option's `ExpirationType` (and an expiration's `SeriesType`). Spec: `OptionResource.ExpirationType`, `SecurityModel.ExpirationType`, `OptionExpirationResource.ExpirationType`, `OptionExpirationResource.SeriesType`, `OrderResource.UnderlyingExpirationType`, `PositionResource.UnderlyingExpirationType`. */
export const EXPIRATION_TYPES = [
  'Regular',
  'Quarterly',
  'Weekly',
  'Flex',
  'Undefined',
  'Mini',
  'NonStandard',
] as const;
export type ExpirationType = (typeof EXPIRATION_TYPES)[number];

/** A watchlist's `Type`. Spec: `WatchlistModel.Type`. */
export const WATCHLIST_TYPES = ['UserList', 'SystemList', 'Snapshot'] as const;
export type WatchlistType = (typeof WATCHLIST_TYPES)[number];

/** A price alert's `State`. Spec: `PriceAlertInfoModel.State`, `PriceAlertEditableModel.State`. */
export const PRICE_ALERT_STATES = ['New', 'Expired', 'Completed', 'Stopped'] as const;
export type PriceAlertState = (typeof PRICE_ALERT_STATES)[number];

/** A transaction's `Type`. Spec: `TransactionMapModel.Type`. */
export const TRANSACTION_TYPES = [
  'Undefined',
  'Commission',
  'OrderExecution',
  'OptionExpiration',
  'Payment',
  'ManualManipulation',
  'Clearing',
  'Rpl',
] as const;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];

/** Where the spec spells each enum above (`Schema.Property`), for the drift test. */
export const GENERATED_ENUM_SOURCES = {
  ORDER_STATUSES: ['OrderResource.Status', 'OrderResource.ExecutionStatus'],
  ORDER_SIDES: ['OrderResource.Side', 'CreateOrderResource.Side'],
  ORDER_TYPES: [
    'OrderResource.Type',
    'OrderResource.InitialType',
    'CreateOrderResource.Type',
    'ModifyOrderResource.Type',
  ],
  TIMES_IN_FORCE: [
    'OrderResource.TimeInForce',
    'CreateOrderResource.TimeInforce',
    'ModifyOrderResource.TimeInForce',
  ],
  ORDER_REQUEST_STATUSES: ['OrderResource.RequestStatus'],
  ORDER_TARGETS: ['OrderResource.Target'],
  ORDER_TRANS_TYPES: ['OrderResource.TransType'],
  EXEC_INSTRUCTIONS: ['OrderResource.ExecInst', 'CreateOrderResource.ExecInst'],
  TRAILING_AMOUNT_TYPES: [
    'OrderResource.TrailingStopAmountType',
    'OrderResource.TrailingLimitAmountType',
    'CreateOrderResource.TrailingStopAmountType',
    'CreateOrderResource.TrailingLimitAmountType',
    'ModifyOrderResource.TrailingStopAmountType',
    'ModifyOrderResource.TrailingLimitAmountType',
  ],
  SECURITY_TYPES: [
    'EquityResource.Type',
    'SecurityModel.Type',
    'OptionResource.Type',
    'OrderResource.SecurityType',
  ],
  OPTION_TYPES: ['OptionResource.OptionType', 'SecurityModel.OptionType'],
  EXPIRATION_TYPES: [
    'OptionResource.ExpirationType',
    'SecurityModel.ExpirationType',
    'OptionExpirationResource.ExpirationType',
    'OptionExpirationResource.SeriesType',
    'OrderResource.UnderlyingExpirationType',
    'PositionResource.UnderlyingExpirationType',
  ],
  WATCHLIST_TYPES: ['WatchlistModel.Type'],
  PRICE_ALERT_STATES: ['PriceAlertInfoModel.State', 'PriceAlertEditableModel.State'],
  TRANSACTION_TYPES: ['TransactionMapModel.Type'],
} as const;
