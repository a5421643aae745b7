import { expect } from '@open-wc/testing';
import { formatChange, formatMoney, formatPercent, formatPrice, MISSING } from './format.ts';

describe('format', () => {
  it('shows a sign and an arrow on changes, so direction is not colour alone', () => {
    expect(formatChange(1.25, 'en-US')).to.equal('▲ +1.25');
    expect(formatChange(-0.4, 'en-US')).to.equal('▼ -0.40');
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
    expect(formatPercent(-2, 'de-DE')).to.equal('-2,00\u00a0%');
  });

  it('shows a dash for missing values rather than zero', () => {
    expect(formatPrice(undefined)).to.equal(MISSING);
    expect(formatMoney(Number.NaN)).to.equal(MISSING);
    expect(formatChange(null)).to.equal(MISSING);
  });
});
