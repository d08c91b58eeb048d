/** The JSON 1.1 wire protocol the simulator speaks (docs/behaviour.md#wire-protocol), shared by `handle`, MSW and the server. */
import { randomUuid } from './random.js';

/** `Content-Type` of every request and response. */
export const JSON_CONTENT_TYPE = 'application/x-amz-json-1.1';

/** `X-Amz-Target` is this prefix followed by the operation name. */
export const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';

/**
 * One simulated HTTP answer. `body` is the JSON value to send, or a string sent verbatim
 * (only a `failNext(op, 'malformed')` answer is a string). `networkError` means no answer at
 * all: MSW answers `HttpResponse.error()` and the server destroys the socket.
 */
export interface SimulatorResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  networkError?: true;
}

/** A Cognito exception raised while serving a request; `handle` turns it into an error response. */
export class CognitoFault extends Error {
  readonly code: string;
  readonly status: number;

  constructor(code: string, message: string, status?: number) {
    super(message);
    this.code = code;
    // docs/behaviour.md#error-responses: every client error is HTTP 400 on the wire; only InternalErrorException is 500.
    this.status = status ?? (code === 'InternalErrorException' ? 500 : 400);
  }
}

function respond(status: number, body: unknown): SimulatorResponse {
  return { status, body, headers: { 'Content-Type': JSON_CONTENT_TYPE, 'x-amzn-RequestId': randomUuid() } };
}

export function jsonResponse(body: object): SimulatorResponse {
  return respond(200, body);
}

export function faultResponse(fault: CognitoFault): SimulatorResponse {
  return respond(fault.status, { __type: fault.code, message: fault.message });
}

/** A 200 whose body is not JSON, as a misbehaving proxy might send. */
export function malformedResponse(): SimulatorResponse {
  return respond(200, '<html><body>Upstream answered something that is not JSON</body></html>');
}

/** No answer at all: the connection fails. */
export function networkErrorResponse(): SimulatorResponse {
  return { status: 0, headers: {}, body: null, networkError: true };
}

/** The exception code of an error response, if it is one. */
export function errorCodeOf(response: SimulatorResponse): string | undefined {
  const { body } = response;
  if (response.status < 400 || typeof body !== 'object' || body === null || !('__type' in body)) return undefined;
  return typeof body.__type === 'string' ? body.__type : undefined;
}

/** The text to put on the wire for a response body. */
export function serializeBody(body: unknown): string {
  return typeof body === 'string' ? body : JSON.stringify(body);
}

/** The part of an HTTP request the protocol looks at. */
export interface HttpRequestParts {
  target: string | null;
  contentType: string | null;
  body: string;
}

/** What a serving layer needs from the simulator. */
export interface HttpServable {
  handle(operation: string, body: unknown): Promise<SimulatorResponse>;
  latencyOf(operation: string): number;
}

/**
 * Serves one HTTP request: waits the operation's latency (before the simulator sees the request,
 * so state changes land when the call "arrives"), checks the content type and delegates to `handle`.
 */
export async function serveHttp(
  sim: HttpServable,
  request: HttpRequestParts,
  wait: (ms: number) => Promise<unknown>,
): Promise<SimulatorResponse> {
  const operation = request.target?.startsWith(TARGET_PREFIX) ? request.target.slice(TARGET_PREFIX.length) : '';
  const latency = sim.latencyOf(operation);
  if (latency > 0) await wait(latency);
  const mediaType = request.contentType?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== JSON_CONTENT_TYPE) {
    // The service routes JSON 1.1 calls by content type and target: anything else is not an operation.
    return faultResponse(
      new CognitoFault('UnknownOperationException', `Content-Type must be ${JSON_CONTENT_TYPE}, got ${mediaType ?? 'none'}`),
    );
  }
  return sim.handle(operation, request.body);
}
