import { expect } from '@open-wc/testing';
import { formatSignedMoney } from './format-money.ts';
import { parseNumberInput } from './number-input.ts';
import {
  formatChange,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPrice,
  formatVolume,
  MINUS_SIGN,
} from './format.ts';

describe('format: the minus sign', () => {
  it('shows negatives with U+2212 in every figure, never a hyphen', () => {
    const shown = [
      formatPrice(-0.09, 'en-US'),
      formatMoney(-80, 'en-US'),
      formatNumber(-12.5, 'en-US'),
      formatVolume(-1_200_000, 'en-US'),
      formatChange(-0.09, 'en-US'),
      formatPercent(-1.5, 'en-US'),
      formatSignedMoney(-80, 'en-US'),
      formatPrice(-1234.5, 'de-DE'),
      formatMoney(-80, 'ja-JP', 'JPY'),
    ];
    expect(shown).to.deep.equal([
      '\u22120.09',
      '\u2212$80.00',
      '\u221212.5',
      '\u22121.2M',
      '▼ \u22120.09',
      '\u22121.50%',
      '▼ \u2212$80.00',
      '\u22121.234,50',
      '\u2212￥80',
    ]);
    for (const text of shown) expect(text, text).not.to.contain('-');
    expect(MINUS_SIGN).to.equal('\u2212');
  });

  it('shows no sign on a value that rounds to zero, and none on positives but changes', () => {
    expect(formatPrice(-0.001, 'en-US')).to.equal('0.00');
    expect(formatMoney(-0.001, 'en-US')).to.equal('$0.00');
    expect(formatChange(-0.001, 'en-US')).to.equal('0.00');
    expect(formatPrice(0.09, 'en-US')).to.equal('0.09');
    expect(formatChange(0.09, 'en-US')).to.equal('▲ +0.09');
  });

  it('reads a pasted figure with a minus sign as negative', () => {
    expect(parseNumberInput('\u22122.5')).to.deep.equal({
      kind: 'number',
      value: -2.5,
      decimals: 1,
    });
  });
});
