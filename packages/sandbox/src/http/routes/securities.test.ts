import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { marketTestApp } from './market-routes.test-support.ts';

test('GET equities by id and by ticker; unknown gives the documented 404', async () => {
  const { call } = marketTestApp();
  const bySymbol = await call('GET', '/v1.0/equities/aapl');
  assert.equal(bySymbol.status, 200);
  assert.equal(bySymbol.json.Symbol, 'AAPL');
  assert.equal(bySymbol.json.Type, 'CommonStock');
  assert.equal(bySymbol.json.TickSize, 0.01);
  assert.equal(bySymbol.json.FractionalSettings.AllowTrade, 'Allowed');
  const byId = await call('GET', `/v1.0/equities/${bySymbol.json.Id}`);
  assert.deepEqual(byId.json, bySymbol.json);
  const unknown = await call('GET', '/v1.0/equities/ZZZZ');
  assert.equal(unknown.status, 404);
  assert.match(
    unknown.json.Message,
    /^No HTTP resource was found that matches the request URI '.*ZZZZ'\.$/,
  );
});

test('lookup matches ticker prefix first, then descriptions, honours count and filter', async () => {
  const { call } = marketTestApp();
  const a = await call('GET', '/v1.0/equities/lookup?mask=A&count=5');
  assert.equal(a.status, 200);
  assert.equal(a.json.length, 5);
  // Tickers starting with A (shorter first), then a company whose name has a word starting with A.
  assert.deepEqual(
    a.json.slice(0, 4).map((s: { Symbol: string }) => s.Symbol),
    ['AMD', 'AAPL', 'ADBE', 'AMZN'],
  );
  assert.match(a.json[4].Description, /\bA/);
  const apple = await call('GET', '/v1.0/equities/lookup?mask=apple&count=10');
  assert.deepEqual(
    apple.json.map((s: { Symbol: string }) => s.Symbol),
    ['AAPL'],
  );
  const etfs = await call(
    'GET',
    `/v1.0/equities/lookup?mask=S&count=50&filter=${encodeURIComponent("Type in ('ETF')")}`,
  );
  assert.ok(etfs.json.length > 0 && etfs.json.every((s: { Type: string }) => s.Type === 'ETF'));
  const missing = await call('GET', '/v1.0/equities/lookup?mask=A');
  assert.equal(missing.status, 404);
  assert.match(missing.json.Message, /No HTTP resource was found/);
  const badFilter = await call(
    'GET',
    `/v1.0/equities/lookup?mask=A&count=3&filter=${encodeURIComponent('Type ==')}`,
  );
  assert.equal(badFilter.status, 400);
  assert.match(badFilter.json.Message, /Invalid filter/);
});

test('the equities list is filtered, sorted and paged with absolute links', async () => {
  const { call } = marketTestApp();
  const filter = encodeURIComponent("Exchange = 'XNAS' and AllowShort = true");
  const first = await call(
    'GET',
    `/v1.0/equities?pageNumber=0&pageSize=3&sortField=Symbol&desc=false&filter=${filter}`,
  );
  assert.equal(first.status, 200);
  assert.equal(first.json.Result.length, 3);
  assert.ok(first.json.TotalCount > 3);
  const symbols = first.json.Result.map((s: { Symbol: string }) => s.Symbol);
  assert.deepEqual(symbols, [...symbols].sort());
  assert.ok(first.json.Result.every((s: { Exchange: string }) => s.Exchange === 'XNAS'));
  assert.equal(first.json.PreviousPageLink, '');
  assert.match(
    first.json.NextPageLink,
    /^http:\/\/127\.0\.0\.1\/api\/v1\.0\/equities\?.*pageNumber=1/,
  );
  const missing = await call('GET', '/v1.0/equities?pageNumber=0&pageSize=3');
  assert.equal(missing.status, 404);
  const unknownField = await call(
    'GET',
    `/v1.0/equities?pageNumber=0&pageSize=3&sortField=Id&desc=true&filter=${encodeURIComponent('Secret = 1')}`,
  );
  assert.equal(unknownField.status, 400);
});

test('options: expirations, chain with Range/Expiration filter, contract by id and OSI symbol', async () => {
  const { call } = marketTestApp();
  const exp = await call('GET', '/v1.0/options/expirations?underlying=AAPL');
  assert.equal(exp.status, 200);
  assert.ok(exp.json.length >= 6);
  const first = exp.json[0].ExpirationDate as string;
  const chain = await call(
    'GET',
    `/v1.0/options/optionChain/AAPL?filter=${encodeURIComponent(`Expiration = #${first}# and Range = 2`)}`,
  );
  assert.equal(chain.status, 200);
  assert.equal(chain.json.Expirations.length, 1);
  const options = chain.json.Expirations[0].Options;
  assert.equal(options.length, 10, '5 strikes × call and put');
  const call0 = options.find((o: { OptionType: string }) => o.OptionType === 'Call');
  assert.equal(call0.UnderlyingAssetSymbol, 'AAPL');
  assert.equal(call0.ContractSize, 100);
  const byId = await call('GET', `/v1.0/options/${call0.Id}`);
  assert.equal(byId.json.Symbol, call0.Symbol);
  const bySymbol = await call('GET', `/v1.0/options/${encodeURIComponent(call0.Symbol)}`);
  assert.equal(bySymbol.json.Id, call0.Id);
  assert.equal((await call('GET', '/v1.0/options/999')).status, 404);
  assert.equal((await call('GET', '/v1.0/options/expirations')).status, 404);
  assert.deepEqual((await call('GET', '/v1.0/options/expirations?underlying=KO')).json, []);
  const bad = await call(
    'GET',
    `/v1.0/options/optionChain/AAPL?filter=${encodeURIComponent('Strike = 5')}`,
  );
  assert.equal(bad.status, 400);
});

test('currency rates: a known pair with a spread, identity for the same currency, 404 otherwise', async () => {
  const { call } = marketTestApp();
  const eur = await call('GET', '/v1.0/currencyRate?currency=EUR&targetCurrency=USD');
  assert.equal(eur.status, 200);
  assert.ok(eur.json.Bid < eur.json.Last && eur.json.Last < eur.json.Ask);
  assert.ok(eur.json.Last > 1 && eur.json.Last < 1.2);
  const back = await call('GET', '/v1.0/currencyRate?currency=usd&targetCurrency=eur');
  assert.ok(Math.abs(back.json.Last * eur.json.Last - 1) < 1e-6);
  assert.equal(
    (await call('GET', '/v1.0/currencyRate?currency=USD&targetCurrency=USD')).json.Last,
    1,
  );
  assert.equal(
    (await call('GET', '/v1.0/currencyRate?currency=XXX&targetCurrency=USD')).status,
    404,
  );
  assert.equal((await call('GET', '/v1.0/currencyRate?currency=EUR')).status, 404);
});

test('logos are valid PNGs per ticker; unknown tickers are 404', async () => {
  const { app } = marketTestApp();
  const res = await app.fetch(new Request('http://127.0.0.1/api/v1.0/equities/MSFT/logo'));
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('Content-Type'), 'image/png');
  const png = new Uint8Array(await res.arrayBuffer());
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer);
  assert.equal(view.getUint32(16), 64, 'width');
  const idatLength = view.getUint32(33);
  const pixels = inflateSync(png.subarray(41, 41 + idatLength));
  assert.equal(pixels.length, 64 * (1 + 64 * 3));
  const other = new Uint8Array(
    await (
      await app.fetch(new Request('http://127.0.0.1/api/v1.0/equities/KO/logo'))
    ).arrayBuffer(),
  );
  assert.notDeepEqual(other, png);
  assert.equal(
    (await app.fetch(new Request('http://127.0.0.1/api/v1.0/equities/ZZZZ/logo'))).status,
    404,
  );
});
