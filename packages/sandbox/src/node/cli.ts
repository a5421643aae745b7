#!/usr/bin/env -S node --import tsx
/**
 * `pnpm sandbox`: runs the sandbox server until Ctrl-C.
 *
 *   --port <n>             SANDBOX_PORT              default 4010 (0 = random)
 *   --host <addr>          SANDBOX_HOST              default 127.0.0.1
 *   --seed <n>             SANDBOX_SEED              default 42
 *   --tick-rate <n>        SANDBOX_TICK_RATE         quote updates per second, default 20
 *   --token-lifetime <ms>  SANDBOX_TOKEN_LIFETIME_MS default 86400000 (24 h)
 *   --market-closed        SANDBOX_MARKET_CLOSED=1   start with the market closed
 *   --extra-securities <n> SANDBOX_EXTRA_SECURITIES  synthetic stocks listed after the real ones, default 0
 */
import { parseArgs } from 'node:util';
import { SANDBOX_CREDENTIALS } from '../sandbox.ts';
import { startSandboxServer } from './server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    seed: { type: 'string' },
    'tick-rate': { type: 'string' },
    'token-lifetime': { type: 'string' },
    'market-closed': { type: 'boolean' },
    'extra-securities': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(
    'Usage: pnpm sandbox [--port 4010] [--host 127.0.0.1] [--seed 42] [--tick-rate 20] [--token-lifetime ms] [--market-closed] [--extra-securities 0]',
  );
  process.exit(0);
}

function numberOption(flag: string | undefined, env: string, fallback: number): number {
  const raw = flag ?? process.env[env];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n)) {
    console.error(`Invalid number for ${env}: ${raw}`);
    process.exit(2);
  }
  return n;
}

const server = await startSandboxServer({
  host: values.host ?? process.env.SANDBOX_HOST ?? '127.0.0.1',
  port: numberOption(values.port, 'SANDBOX_PORT', 4010),
  seed: numberOption(values.seed, 'SANDBOX_SEED', 42),
  tickRate: numberOption(values['tick-rate'], 'SANDBOX_TICK_RATE', 20),
  tokenLifetimeMs: numberOption(
    values['token-lifetime'],
    'SANDBOX_TOKEN_LIFETIME_MS',
    24 * 60 * 60 * 1000,
  ),
  marketOpen: !(values['market-closed'] || process.env.SANDBOX_MARKET_CLOSED === '1'),
  extraSecurities: numberOption(values['extra-securities'], 'SANDBOX_EXTRA_SECURITIES', 0),
  oauth: true,
});

const { appKey, demo, twoFactor } = SANDBOX_CREDENTIALS;
console.log(`AutoShares sandbox (seed ${server.sandbox.world.seed}, ${server.sandbox.driver.tickRate} ticks/s, ${server.sandbox.world.market.securities().length} securities)
  Base URL     ${server.apiUrl}
  Control API  ${server.url}/__sandbox
  OAuth        ${server.url}/authorize, ${server.url}/oauth/token
  App key      ${appKey}      (header Et-App-Key)
  Demo login   ${demo.username} / ${demo.password}
  Two-factor   ${twoFactor.username} / ${twoFactor.password}, verification code ${twoFactor.verificationCode}
Ctrl-C to stop.`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
