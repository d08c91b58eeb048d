/** A loopback HTTP server that serves a simulator, for clients MSW cannot intercept (the AWS SDK, other processes). */
import { serializeBody, serveHttp } from './protocol.js';
import type { CognitoSimulator } from './simulator.js';

/** Options for {@link startSimulatorServer}. */
export interface SimulatorServerOptions {
  /** Port on 127.0.0.1. Default 0: a free port. */
  port?: number;
}

/** A running simulator server. */
export interface SimulatorServer {
  /** Base URL to use as the client's `endpoint`, e.g. `http://127.0.0.1:53122/`. */
  url: string;
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}

/** The slice of `node:http` used here, declared locally so the published types need no `@types/node`. */
interface NodeRequest extends AsyncIterable<Uint8Array> {
  method?: string;
  headers: Record<string, string | string[] | undefined>;
  socket: { destroy(): void };
}
interface NodeReply {
  headersSent: boolean;
  writeHead(status: number, headers?: Record<string, string>): NodeReply;
  end(body?: string): void;
}
interface NodeServer {
  listen(port: number, host: string, callback: () => void): void;
  once(event: 'error', listener: (error: Error) => void): void;
  address(): { port: number } | string | null;
  close(callback: (error?: Error) => void): void;
  closeAllConnections(): void;
}
interface NodeHttp {
  createServer: (listener: (request: NodeRequest, reply: NodeReply) => void) => NodeServer;
}

/**
 * Imported lazily through a variable so that bundling the testing entry for a browser neither
 * resolves nor pulls in a Node built-in; only calling `startSimulatorServer` loads it.
 */
const NODE_HTTP = 'node:http';

async function readText(request: NodeRequest): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of request) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

const headerValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Serves `sim` over HTTP on 127.0.0.1 (Node only); `failNext(op, 'network')` destroys the socket. */
export async function startSimulatorServer(
  sim: CognitoSimulator,
  options: SimulatorServerOptions = {},
): Promise<SimulatorServer> {
  const { createServer } = (await import(/* @vite-ignore */ /* webpackIgnore: true */ NODE_HTTP)) as NodeHttp;

  const server = createServer((request, reply) => {
    void (async () => {
      if (request.method !== 'POST') {
        reply.writeHead(405, { Allow: 'POST' }).end();
        return;
      }
      const response = await serveHttp(
        sim,
        {
          target: headerValue(request.headers['x-amz-target']),
          contentType: headerValue(request.headers['content-type']),
          body: await readText(request),
        },
        wait,
      );
      if (response.networkError) {
        request.socket.destroy();
        return;
      }
      reply.writeHead(response.status, response.headers).end(serializeBody(response.body));
    })().catch((error: unknown) => {
      if (!reply.headersSent) reply.writeHead(500, { 'Content-Type': 'text/plain' });
      reply.end(`Simulator error: ${String(error)}`);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('The simulator server has no TCP address');

  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
