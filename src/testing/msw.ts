/** Mock Service Worker request handlers that serve a simulator (MSW 2 or 3, Node and browser). */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { serializeBody, serveHttp } from './protocol.js';
import type { CognitoSimulator } from './simulator.js';

/** Options for {@link createSimulatorHandlers}. */
export interface SimulatorHandlerOptions {
  /**
   * The URL the app sends Cognito requests to. Default: any regional (or FIPS) Cognito endpoint,
   * `https://cognito-idp[-fips].{region}.amazonaws.com/`.
   */
  endpoint?: string | RegExp;
}

const ANY_COGNITO_ENDPOINT = /^https:\/\/cognito-idp(-fips)?\.[a-z0-9-]+\.amazonaws\.com\/?$/;

/** MSW handlers answering Cognito JSON 1.1 requests from `sim`: pass them to `setupServer` or `setupWorker`. */
export function createSimulatorHandlers(sim: CognitoSimulator, options: SimulatorHandlerOptions = {}): HttpHandler[] {
  return [
    http.post(options.endpoint ?? ANY_COGNITO_ENDPOINT, async ({ request }) => {
      const response = await serveHttp(
        sim,
        {
          target: request.headers.get('X-Amz-Target'),
          contentType: request.headers.get('Content-Type'),
          body: await request.text(),
        },
        delay,
      );
      if (response.networkError) return HttpResponse.error();
      return new HttpResponse(serializeBody(response.body), { status: response.status, headers: response.headers });
    }),
  ];
}
