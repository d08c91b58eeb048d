// The two Cognito stand-ins the example runs against, each with one seeded user: the kit's own
// simulator (react-cognito-security/testing, from dist) and cognito-local 5.3.0. Used by
// scripts/dev.mjs and by the end-to-end test (test/e2e/example.node.test.ts).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('..', import.meta.url));
const kitRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** The demo user both backends get. A demo password, documented in the example's README. */
export const DEMO_USER = { username: 'ada', email: 'ada@example.com', password: 'Example-pass-1' };

/** Links node_modules/react-cognito-security to the repository root (like `npm link`) and checks the kit is built. */
export function linkKit() {
  if (!existsSync(join(kitRoot, 'dist/index.js'))) {
    throw new Error('The example uses the built kit: run `npm run build` in the repository root first.');
  }
  const link = join(here, 'node_modules/react-cognito-security');
  if (existsSync(link)) return;
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(kitRoot, link, 'dir');
}

/** The kit's simulator on 127.0.0.1, pool defaults (relying party `localhost`), with the demo user. */
export async function startSimulatorBackend() {
  linkKit();
  const { createCognitoSimulator, startSimulatorServer } = await import('react-cognito-security/testing');
  const sim = createCognitoSimulator({ region: 'us-east-1' });
  sim.addUser({
    username: DEMO_USER.username,
    password: DEMO_USER.password,
    attributes: { email: DEMO_USER.email, email_verified: 'true' },
  });
  const server = await startSimulatorServer(sim);
  return {
    name: 'simulator',
    sim,
    username: DEMO_USER.username,
    target: server.url,
    env: { VITE_COGNITO_ENDPOINT: '/cognito/', VITE_COGNITO_REGION: 'us-east-1', VITE_COGNITO_CLIENT_ID: sim.pool.clientId },
    close: () => server.close(),
  };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** cognito-local 5.3.0 in a temp data dir on a free loopback port, with a pool, an app client and the demo user. */
export async function startCognitoLocalBackend() {
  linkKit();
  // cognito-local and the AWS SDK are the example's own devDependencies, resolved from here. In
  // this repository (and in CI) the example has no install of its own: Node's lookup walks up to
  // the root's node_modules, where the kit's devDependencies provide the same versions.
  const require = createRequire(join(here, 'package.json'));
  const dataDir = mkdtempSync(join(tmpdir(), 'rcs-example-cognito-local-'));
  const port = await freePort();
  const bin = join(dirname(require.resolve('cognito-local/package.json')), 'lib/bin/start.js');
  const child = spawn(process.execPath, [bin], {
    cwd: dataDir,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), NODE_NO_WARNINGS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk.toString()));
  child.stderr.on('data', (chunk) => (log += chunk.toString()));
  const close = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}/`;
  try {
    const deadline = Date.now() + 15_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`cognito-local exited: ${log}`);
      const healthy = await fetch(`${url}health`).then((response) => response.ok, () => false);
      if (healthy) break;
      if (Date.now() > deadline) throw new Error(`cognito-local did not become healthy: ${log}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const sdk = await import(require.resolve('@aws-sdk/client-cognito-identity-provider'));
    // Admin operations want (any) credentials.
    const admin = new sdk.CognitoIdentityProviderClient({
      region: 'us-east-1',
      endpoint: url,
      maxAttempts: 1,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const pool = await admin.send(new sdk.CreateUserPoolCommand({ PoolName: 'example', MfaConfiguration: 'OPTIONAL' }));
    const UserPoolId = pool.UserPool?.Id;
    const client = await admin.send(
      new sdk.CreateUserPoolClientCommand({
        UserPoolId,
        ClientName: 'example',
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      }),
    );
    // cognito-local's pools sign users in by email address.
    const { email: username, email, password } = DEMO_USER;
    await admin.send(
      new sdk.AdminCreateUserCommand({
        UserPoolId,
        Username: username,
        UserAttributes: [
          { Name: 'email', Value: email },
          { Name: 'email_verified', Value: 'true' },
        ],
        MessageAction: 'SUPPRESS',
      }),
    );
    await admin.send(new sdk.AdminSetUserPasswordCommand({ UserPoolId, Username: username, Password: password, Permanent: true }));
    return {
      name: 'cognito-local',
      username,
      target: url,
      env: { VITE_COGNITO_ENDPOINT: '/cognito/', VITE_COGNITO_REGION: 'us-east-1', VITE_COGNITO_CLIENT_ID: client.UserPoolClient?.ClientId ?? '' },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
