import { expect } from '@open-wc/testing';
import {
  formatChange,
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPrice,
  formatTime,
  MISSING,
} from './format.ts';

describe('format', () => {
  it('shows a sign and an arrow on changes, so direction is not colour alone', () => {
    expect(formatChange(1.25, 'en-US')).to.equal('▲ +1.25');
    expect(formatChange(-0.4, 'en-US')).to.equal('▼ \u22120.40');
    expect(formatChange(0, 'en-US')).to.equal('0.00');
  });

  it('formats money and prices in the given locale', () => {
    expect(formatMoney(1234.5, 'en-US')).to.equal('$1,234.50');
    expect(formatMoney(1234.5, 'de-DE')).to.equal('1.234,50\u00a0$');
    expect(formatMoney(1234.5, 'ja-JP', 'JPY')).to.equal('￥1,235');
    expect(formatPrice(1234.5, 'de-DE')).to.equal('1.234,50');
  });

  it('formats percent units with sign', () => {
    expect(formatPercent(1.5, 'en-US')).to.equal('+1.50%');
    expect(formatPercent(-2, 'de-DE')).to.equal('\u22122,00\u00a0%');
  });

  it('shows a dash for missing values rather than zero', () => {
    expect(formatPrice(undefined)).to.equal(MISSING);
    expect(formatMoney(Number.NaN)).to.equal(MISSING);
    expect(formatChange(null)).to.equal(MISSING);
  });

  it('formats quantities and dates (epoch ms) in the given locale and time zone', () => {
    expect(formatNumber(1234.56789, 'en-US')).to.equal('1,234.5679');
    expect(formatNumber(10, 'de-DE')).to.equal('10');
    const at = Date.UTC(2026, 2, 13, 18, 31, 5);
    expect(formatDate(at, 'en-US', 'America/New_York')).to.equal('Mar 13, 2026');
    expect(formatTime(at, 'en-US', 'America/New_York')).to.match(/^2:31:05\sPM$/);
    expect(formatDateTime(at, 'de-DE', 'UTC')).to.equal('13.03.2026, 18:31');
    expect(formatDate(Date.parse('0001-01-01T00:00:00Z'))).to.equal(MISSING);
    expect(formatDateTime(undefined)).to.equal(MISSING);
  });
});
