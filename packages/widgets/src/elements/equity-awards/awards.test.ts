/** The figures `<as-equity-awards>` derives from the bridge's answer (no network). */
import { expect } from '@open-wc/testing';
import { expiryStatus, upcomingTranches, vestedValue, type AwardGrant } from './awards.ts';

const grant = (fields: Partial<AwardGrant>): AwardGrant => ({
  grantId: 1,
  grantNumber: 'G-0001',
  grantName: 'RSU 2025-01-15',
  awardTypeName: 'RSU',
  grantDate: '2025-01-15',
  expiryDate: '2035-01-15',
  grantPrice: 0,
  grantCurrency: 'USD',
  grantedShares: 1000,
  exercisedShares: 0,
  vestedShares: 250,
  unvestedShares: 750,
  nextVest: null,
  ...fields,
});

describe('equity awards: derived figures', () => {
  it('expiry: expired after its day, warned from 90 days before, nothing earlier', () => {
    const asOf = '2026-12-07';
    expect(expiryStatus({ expiryDate: '2026-12-06' }, asOf)).to.deep.equal({ kind: 'expired' });
    expect(expiryStatus({ expiryDate: '2026-12-07' }, asOf)).to.deep.equal({
      kind: 'expiring',
      days: 0,
    });
    expect(expiryStatus({ expiryDate: '2027-03-07' }, asOf)).to.deep.equal({
      kind: 'expiring',
      days: 90,
    });
    expect(expiryStatus({ expiryDate: '2027-03-08' }, asOf)).to.equal(null);
    expect(expiryStatus({ expiryDate: 'soon' }, asOf)).to.equal(null);
  });

  it('value: share awards at vested × price; options at their intrinsic value on vested, unexercised shares', () => {
    expect(vestedValue(grant({}), 120)).to.equal(250 * 120);
    const option = grant({ awardTypeName: 'ISO', grantPrice: 50, vestedShares: 600 });
    expect(vestedValue({ ...option, exercisedShares: 100 }, 80)).to.equal((80 - 50) * 500);
    expect(vestedValue(option, 40), 'under water: worth nothing').to.equal(0);
    expect(vestedValue({ ...option, exercisedShares: 700 }, 80)).to.equal(0);
  });

  it('timeline: the tranches still to vest across grants, soonest first, at most the limit', () => {
    const tranches = upcomingTranches(
      {
        asOf: '2026-12-07',
        nextVest: null,
        grants: [
          {
            grantId: 2,
            grantNumber: 'G-0002',
            awardTypeName: 'ISO',
            tranches: [
              { date: '2026-06-01', shares: 10, vested: true },
              { date: '2027-03-01', shares: 20, vested: false },
            ],
          },
          {
            grantId: 1,
            grantNumber: 'G-0001',
            awardTypeName: 'RSU',
            tranches: [
              { date: '2027-01-15', shares: 5, vested: false },
              { date: '2027-04-15', shares: 5, vested: false },
            ],
          },
        ],
      },
      2,
    );
    expect(tranches.map((t) => `${t.date} ${t.grantNumber} ${t.shares}`)).to.deep.equal([
      '2027-01-15 G-0001 5',
      '2027-03-01 G-0002 20',
    ]);
  });
});
