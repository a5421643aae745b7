/** `@autoshares/sandbox/node`: the sandbox as a Node HTTP + WebSocket server. */
export { startSandboxServer, type SandboxServer, type SandboxServerOptions } from './server.ts';
export * from '../index.ts';
