/**
 * The paint baseline: no kit code. The page opens the sandbox's quote streamer itself
 * (`GET /v1.0/streamers`, CreateSession, Subscribe) for the securities in
 * `__BENCH__.baseline` and writes each message's `Last` into one text node per security, in the
 * message handler. Measured by the same instrumentation as the kit's page, so its tick-to-paint
 * is what the browser allows on this machine; a widget is compared to it.
 */
import { install, start, stop } from './instrument.ts';
import { track } from './paint-probe.ts';

interface BaselineConfig {
  baseline: {
    apiUrl: string;
    appKey: string;
    token: string;
    userId: number;
    securities: Array<{ key: string; symbol: string }>;
  };
}

const { baseline } = (globalThis as unknown as { __BENCH__: BaselineConfig }).__BENCH__;
install();

const nodes = new Map<string, Text>();
const list = document.createElement('ul');
for (const { key, symbol } of baseline.securities) {
  const item = document.createElement('li');
  const price = document.createElement('span');
  const text = document.createTextNode('');
  price.dataset.symbol = symbol;
  price.append(text);
  item.append(`${symbol} `, price);
  list.append(item);
  nodes.set(key, text);
}
document.getElementById('mount')!.append(list);

let subscribed = false;

async function connect(): Promise<void> {
  const response = await fetch(`${baseline.apiUrl}/v1.0/streamers`, {
    headers: { 'Et-App-Key': baseline.appKey, Authorization: `Bearer ${baseline.token}` },
  });
  const { QuoteAddresses } = (await response.json()) as {
    QuoteAddresses: Array<{ Url: string; SessionId: string }>;
  };
  const { Url, SessionId } = QuoteAddresses[0]!;
  const socket = new WebSocket(
    `${Url}/CreateSession.txt?User=${baseline.userId}:${SessionId}&Password=${SessionId}&HttpClientType=WebSocket`,
  );
  socket.onmessage = (event: MessageEvent<string>) => {
    const message = JSON.parse(event.data) as Record<string, string>;
    if (message.Cmd === 'CreateSession.txt' && message.SessionId) {
      socket.send(
        JSON.stringify({
          Cmd: 'Subscribe.txt',
          SessionId: message.SessionId,
          Keys: baseline.securities.map(({ key }) => key).join(';'),
          EntityType: 'Quote',
          HttpClientType: 'WebSocket',
        }),
      );
      return;
    }
    if (message.Cmd === 'Subscribe.txt') subscribed = message.StatusCode === 'Ok';
    const node = message.Key === undefined ? undefined : nodes.get(message.Key);
    if (node && message.Last !== undefined) node.data = message.Last;
  };
}

track(
  baseline.securities,
  (symbol) => list.querySelector(`span[data-symbol="${CSS.escape(symbol)}"]`) ?? undefined,
);

const bench = {
  start,
  stop,
  /** Whether the subscription was acknowledged and every security shows a price. */
  ready(): boolean {
    return subscribed && [...nodes.values()].every((node) => node.data !== '');
  },
};
(globalThis as { bench?: typeof bench }).bench = bench;
void connect();
