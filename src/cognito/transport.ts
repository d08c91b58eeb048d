import { CognitoError, errorFromService, malformedResponse, networkError } from './errors.js';
import { operationTraits, type CognitoOperationName, type CognitoOperations } from './operations.js';

export interface SendOptions {
  signal?: AbortSignal;
}

/**
 * Sends one Cognito operation and resolves with the service's JSON output, or rejects
 * with a {@link CognitoError}. The access token travels in the body (`AccessToken`).
 */
export interface CognitoTransport {
  send<Op extends CognitoOperationName>(
    operation: Op,
    input: CognitoOperations[Op]['input'] & { AccessToken: string },
    options?: SendOptions,
  ): Promise<unknown>;
}

export interface RetryPolicy {
  /** Total attempts for a request, the first included. Default 3. */
  attempts: number;
  /** Base of the exponential backoff in milliseconds. Default 100. */
  baseDelayMs: number;
}

export interface FetchTransportOptions {
  /** AWS region of the user pool, e.g. `eu-west-1`. */
  region: string;
  /** Overrides the endpoint, e.g. a simulator. Default `https://cognito-idp.{region}.amazonaws.com/`. */
  endpoint?: string;
  /** The fetch to use. Default `globalThis.fetch`, looked up on every call. */
  fetch?: typeof fetch;
  /**
   * Retries TooManyRequests for every operation, and 5xx and network failures for reads only:
   * a mutation whose outcome is unknown is never re-sent blindly, the hooks re-read state
   * instead. LimitExceeded (an attempt or quota limit that lasts minutes) is never retried.
   * `false` turns retries off.
   */
  retry?: Partial<RetryPolicy> | false;
}

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(networkError(new DOMException('The retry was aborted.', 'AbortError')));
    };
    const timer = setTimeout(resolve, ms);
    if (signal?.aborted) abort();
    signal?.addEventListener('abort', abort, { once: true });
  });

function mayRetry(operation: CognitoOperationName, error: CognitoError): boolean {
  if (!error.retryable) return false;
  if (error.category === 'throttled') return true;
  return !operationTraits(operation).mutates;
}

async function readError(operation: CognitoOperationName, response: Response): Promise<CognitoError> {
  const text = await response.text().catch(() => '');
  let body: { __type?: unknown; code?: unknown; message?: unknown; Message?: unknown } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // A non-JSON error body (a proxy's HTML page, say): fall back to the header and status.
  }
  const code = [body.__type, body.code, response.headers.get('x-amzn-errortype')].find(
    (value): value is string => typeof value === 'string' && value !== '',
  );
  const message = [body.message, body.Message].find((value): value is string => typeof value === 'string');
  if (code) return errorFromService(code, message ?? '', response.status, operation);
  return errorFromService(
    response.status >= 500 ? 'ServiceUnavailable' : 'UnknownError',
    `Cognito answered HTTP ${response.status} without an error code.`,
    response.status,
  );
}

/** The default transport: Cognito's JSON 1.1 protocol over `fetch`, no SDK needed. */
export function createFetchTransport(options: FetchTransportOptions): CognitoTransport {
  const endpoint = options.endpoint ?? `https://cognito-idp.${options.region}.amazonaws.com/`;
  const policy: RetryPolicy =
    options.retry === false ? { attempts: 1, baseDelayMs: 0 } : { attempts: 3, baseDelayMs: 100, ...options.retry };

  async function attempt(operation: CognitoOperationName, body: string, signal?: AbortSignal) {
    let response: Response;
    try {
      response = await (options.fetch ?? globalThis.fetch)(endpoint, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-amz-json-1.1',
          'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}`,
        },
        body,
        signal,
      });
    } catch (error) {
      throw networkError(error);
    }
    if (!response.ok) throw await readError(operation, response);
    const text = await response.text();
    try {
      return text ? (JSON.parse(text) as unknown) : {};
    } catch {
      throw malformedResponse(operation, 'the body is not JSON', response.status);
    }
  }

  return {
    async send(operation, input, sendOptions = {}) {
      const body = JSON.stringify(input);
      for (let attemptNo = 1; ; attemptNo++) {
        try {
          return await attempt(operation, body, sendOptions.signal);
        } catch (error) {
          const cognitoError = error as CognitoError;
          if (attemptNo >= policy.attempts || !mayRetry(operation, cognitoError)) throw cognitoError;
          await wait(policy.baseDelayMs * 2 ** (attemptNo - 1) * (0.5 + Math.random() / 2), sendOptions.signal);
        }
      }
    },
  };
}
