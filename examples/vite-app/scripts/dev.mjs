// `npm run dev:simulator` / `npm run dev:cognito-local`: starts a Cognito stand-in with the demo
// user, then this app's Vite dev server, whose /cognito/ path forwards to it.
import { fileURLToPath } from 'node:url';
import { startCognitoLocalBackend, startSimulatorBackend } from './backends.mjs';

const mode = process.argv[2];
if (mode !== 'simulator' && mode !== 'cognito-local') {
  console.error('Usage: node scripts/dev.mjs simulator|cognito-local');
  process.exit(2);
}

const backend = mode === 'simulator' ? await startSimulatorBackend() : await startCognitoLocalBackend();
Object.assign(process.env, backend.env, { COGNITO_PROXY_TARGET: backend.target });

/** Simulator only: the codes the pool "sent" (SMS, email), on request, never in the console. */
const outbox = (sim) => ({
  name: 'example-simulator-outbox',
  configureServer(server) {
    server.middlewares.use('/__simulator/outbox', (_request, response) => {
      const messages = sim.outbox().map(({ username, medium, destination, code, sentAt }) => ({ username, medium, destination, code, sentAt: new Date(sentAt).toISOString() }));
      response.setHeader('Content-Type', 'application/json');
      response.end(JSON.stringify(messages.reverse(), null, 2));
    });
  },
});

const { createServer } = await import('vite');
const server = await createServer({
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  plugins: backend.sim ? [outbox(backend.sim)] : [],
});
await server.listen();
const port = server.config.server.port ?? 5173;
const address = server.httpServer?.address();
const url = `http://localhost:${typeof address === 'object' && address ? address.port : port}/`;
console.log(`\n${backend.name} is answering Cognito calls for the app at ${url}`);
console.log(`Sign in as "${backend.username}" (the password is in examples/vite-app/README.md).`);
if (backend.sim) console.log(`Codes sent by SMS or email: ${url}__simulator/outbox`);
console.log('Open it as localhost (not 127.0.0.1): passkeys need the relying party id "localhost".\n');

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.close();
  await backend.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
