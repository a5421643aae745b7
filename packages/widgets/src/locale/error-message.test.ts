import { AutoSharesError } from '@autoshares/client';
import { expect } from '@open-wc/testing';
import { loadCatalogue } from './catalogues.ts';
import { errorText, errorTextsLoading } from './error-message.ts';
import { withLocale } from './msg.ts';

// Each test file runs in its own page: nothing has loaded the error sentences here before.
describe('error sentences loaded with the first error', () => {
  it('reads as the client’s English message at once, in the page’s language once loaded', async () => {
    await loadCatalogue('de-DE');
    const rejected = new AutoSharesError({
      code: 'order_rejected',
      message: 'Not enough buying power.',
      details: { errorDescription: 'BuyingPowerExceeded' },
    });
    expect(errorTextsLoading()).to.equal(undefined);
    expect(withLocale('de-DE', () => errorText(rejected))).to.equal('Not enough buying power.');
    const loading = errorTextsLoading();
    expect(loading).to.be.instanceOf(Promise);
    await loading;
    expect(errorTextsLoading()).to.equal(undefined);
    const german = withLocale('de-DE', () => errorText(rejected));
    expect(german).to.equal('Diese Order übersteigt Ihre Kaufkraft.');
    expect(withLocale('en-US', () => errorText(rejected))).to.equal(
      'This order exceeds your buying power.',
    );
  });
});
