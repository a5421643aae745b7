/**
 * Builds the REST views of catalog entries: `EquityResource` (securities routes) and
 * `SecurityModel` (watchlist `SecurityList`).
 */
import type { Schemas } from '../../contract.ts';
import type { CatalogEntry } from './catalog.ts';

export type EquityResource = Schemas['EquityResource'];
export type SecurityModel = Schemas['SecurityModel'];

/** Fixed listing dates so `AddedDate` filters have something to bite on. */
const ADDED = '2015-03-02T00:00:00Z';
const MODIFIED = '2024-01-08T00:00:00Z';

export function toEquityResource(entry: CatalogEntry, id: number): EquityResource {
  return {
    Id: id,
    Symbol: entry.symbol,
    Description: entry.description,
    Exchange: entry.exchange,
    Currency: 'USD',
    AddedDate: ADDED,
    ModifyDate: MODIFIED,
    Type: entry.type,
    Precision: 2,
    VolumePrecision: entry.fractional ? 4 : 0,
    TickSize: 0.01,
    Enabled: true,
    AllowTrade: entry.type !== 'MutualFund',
    AllowMargin: entry.type !== 'MutualFund' && entry.price >= 5,
    AllowShort: entry.type === 'CommonStock' || entry.type === 'ETF',
    ContractSize: 1,
    FractionalSettings: {
      Id: id,
      SecurityId: id,
      Symbol: entry.symbol,
      AllowTrade: entry.fractional ? 'Allowed' : 'Prohibited',
      MinQty: 0,
      MaxQty: entry.fractional ? 10_000 : 0,
      TargetQty: 0,
      Precision: entry.fractional ? 4 : 0,
      ModifyDate: MODIFIED,
    },
    Industry: entry.industry,
  };
}

export function toSecurityModel(entry: CatalogEntry, id: number): SecurityModel {
  return {
    Id: id,
    Symbol: entry.symbol,
    Description: entry.description,
    Exchange: entry.exchange,
    Currency: 'USD',
    AddedDate: ADDED,
    ModifyDate: MODIFIED,
    Type: entry.type,
    ContractSize: 1,
    Sector: entry.sector,
    Industry: entry.industry,
    Precision: 2,
    VolumePrecision: entry.fractional ? 4 : 0,
    TickSize: 0.01,
    MarginRate: entry.price >= 5 ? 0.25 : 1,
  };
}
