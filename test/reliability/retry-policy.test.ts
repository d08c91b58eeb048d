/**
 * The fetch transport's retry policy, answer by answer: throttling (docs/behaviour.md#retries)
 * is retried for every operation, because Cognito rejected it before applying it; 5xx and network
 * failures only for reads, because a mutation's outcome is then unknown and the hooks re-read state
 * instead of re-sending it; nothing else is retried.
 */
import { describe, expect, it } from 'vitest';
import { createFetchTransport } from '../../src/cognito/transport.js';
import { OPERATIONS as OPERATIONS_REGISTRY, type CognitoOperationName } from '../../src/cognito/operations.js';

type Answer = () => Response | Promise<Response>;

const json = (status: number, body: unknown) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/x-amz-json-1.1' } });

const ANSWERS: Array<{ name: string; answer: Answer; read: number; mutation: number }> = [
  { name: 'TooManyRequestsException (400)', answer: json(400, { __type: 'TooManyRequestsException', message: 'Rate exceeded' }), read: 3, mutation: 3 },
  { name: 'LimitExceededException (400)', answer: json(400, { __type: 'LimitExceededException', message: 'Attempt limit exceeded' }), read: 1, mutation: 1 },
  { name: 'InternalErrorException (500)', answer: json(500, { __type: 'InternalErrorException', message: 'Internal error' }), read: 3, mutation: 1 },
  { name: 'HTTP 502 with a non-JSON body', answer: () => new Response('<html>Bad gateway</html>', { status: 502 }), read: 3, mutation: 1 },
  { name: 'a network failure', answer: () => Promise.reject(new TypeError('fetch failed')), read: 3, mutation: 1 },
  // As Node's and browsers' fetch reject on AbortSignal.timeout (jsdom's own DOMException is not an Error here).
  { name: 'a timeout', answer: () => Promise.reject(Object.assign(new Error('The operation timed out.'), { name: 'TimeoutError' })), read: 1, mutation: 1 },
  { name: 'NotAuthorizedException', answer: json(400, { __type: 'NotAuthorizedException', message: 'Access Token has expired' }), read: 1, mutation: 1 },
  { name: 'InvalidParameterException', answer: json(400, { __type: 'InvalidParameterException', message: 'Invalid' }), read: 1, mutation: 1 },
  { name: 'an unknown __type (400)', answer: json(400, { __type: 'BrandNewException', message: 'New' }), read: 1, mutation: 1 },
  { name: 'HTTP 200 with a non-JSON body', answer: () => new Response('<html>', { status: 200 }), read: 1, mutation: 1 },
];

// Written out here, independently of the registry: the operations that only read. Every other
// operation in the registry must be treated as a change, so a new one defaults to safe.
const READS: ReadonlySet<string> = new Set(['GetUser', 'GetUserAuthFactors', 'ListWebAuthnCredentials', 'ListDevices']);

const OPERATIONS = (Object.keys(OPERATIONS_REGISTRY) as CognitoOperationName[]).map((operation) => ({
  operation,
  kind: READS.has(operation) ? ('read' as const) : ('mutation' as const),
}));

async function attempts(operation: CognitoOperationName, answer: Answer): Promise<number> {
  let calls = 0;
  const transport = createFetchTransport({
    region: 'us-east-1',
    retry: { baseDelayMs: 1 },
    fetch: () => {
      calls++;
      return Promise.resolve(answer());
    },
  });
  await expect(transport.send(operation, { AccessToken: 't' })).rejects.toBeDefined();
  return calls;
}

describe('the fetch transport’s retry policy', () => {
  it('covers every operation the kit sends, ChangePassword and DeleteUser among the changes', () => {
    expect(OPERATIONS.length).toBeGreaterThanOrEqual(19);
    expect(OPERATIONS).toEqual(expect.arrayContaining([{ operation: 'ChangePassword', kind: 'mutation' }, { operation: 'DeleteUser', kind: 'mutation' }]));
  });

  it.each(ANSWERS)('sends a request answered with $name as often as the policy says, per operation', async ({ answer, read, mutation }) => {
    const counts = Object.fromEntries(
      await Promise.all(OPERATIONS.map(async ({ operation }) => [operation, await attempts(operation, answer)] as const)),
    );
    expect(counts).toEqual(Object.fromEntries(OPERATIONS.map(({ operation, kind }) => [operation, kind === 'read' ? read : mutation])));
  });

  it('stops retrying as soon as an answer succeeds, and never retries with retry: false', async () => {
    let calls = 0;
    const flaky = createFetchTransport({
      region: 'us-east-1',
      retry: { baseDelayMs: 1 },
      fetch: () => Promise.resolve(++calls < 2 ? json(400, { __type: 'TooManyRequestsException' })() : json(200, {})()),
    });
    await expect(flaky.send('SetUserMFAPreference', { AccessToken: 't' })).resolves.toEqual({});
    expect(calls).toBe(2);

    let offCalls = 0;
    const off = createFetchTransport({
      region: 'us-east-1',
      retry: false,
      fetch: () => {
        offCalls++;
        return Promise.resolve(json(400, { __type: 'TooManyRequestsException' })());
      },
    });
    await expect(off.send('GetUser', { AccessToken: 't' })).rejects.toMatchObject({ category: 'throttled', retryable: true });
    expect(offCalls).toBe(1);
  });

  it('waits with exponential backoff between attempts', async () => {
    const times: number[] = [];
    const transport = createFetchTransport({
      region: 'us-east-1',
      retry: { attempts: 3, baseDelayMs: 40 },
      fetch: () => {
        times.push(performance.now());
        return Promise.resolve(json(400, { __type: 'TooManyRequestsException' })());
      },
    });
    await expect(transport.send('GetUser', { AccessToken: 't' })).rejects.toMatchObject({ code: 'TooManyRequestsException' });
    const [first = 0, second = 0, third = 0] = times;
    // Jittered between half and all of base·2^(n−1): 20–40 ms, then 40–80 ms.
    expect(second - first).toBeGreaterThanOrEqual(18);
    expect(third - second).toBeGreaterThanOrEqual(38);
  });
});
