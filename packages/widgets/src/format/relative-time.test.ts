import { expect } from '@open-wc/testing';
import { formatRelativeTime } from './relative-time.ts';

describe('formatRelativeTime', () => {
  const now = Date.parse('2026-11-23T15:00:00Z');
  const ago = (ms: number) => now - ms;

  it('says how long ago, in the largest fitting unit, in the locale', () => {
    expect(formatRelativeTime(ago(30_000), 'en-US', now)).to.equal('now');
    expect(formatRelativeTime(ago(5 * 60_000), 'en-US', now)).to.equal('5 minutes ago');
    expect(formatRelativeTime(ago(3 * 3_600_000), 'en-US', now)).to.equal('3 hours ago');
    expect(formatRelativeTime(ago(86_400_000), 'en-US', now)).to.equal('yesterday');
    expect(formatRelativeTime(ago(3 * 3_600_000), 'de-DE', now)).to.equal('vor 3 Stunden');
  });

  it('gives up beyond the window and for missing times (show an absolute date)', () => {
    expect(formatRelativeTime(ago(8 * 86_400_000), 'en-US', now)).to.equal(undefined);
    expect(formatRelativeTime(undefined, 'en-US', now)).to.equal(undefined);
    expect(formatRelativeTime(0, 'en-US', now)).to.equal(undefined);
  });
});
