/** The claims the kit reads from an access token. The token is never logged or stored. */
export interface AccessTokenClaims {
  sub?: string;
  exp?: number;
  iss?: string;
  client_id?: string;
  scope?: string;
}

/** Reads a JWT's payload without verifying it (Cognito verifies; the kit only looks at `sub`/`exp`). */
export function readTokenClaims(token: string): AccessTokenClaims {
  const payload = token.split('.')[1];
  if (!payload) return {};
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)));
    const claims: unknown = JSON.parse(json);
    return typeof claims === 'object' && claims !== null ? claims : {};
  } catch {
    return {};
  }
}

/** True when the token's `exp` has passed, allowing for `skewSeconds` of clock drift. */
export function isTokenExpired(token: string, skewSeconds = 30, now = Date.now()): boolean {
  const { exp } = readTokenClaims(token);
  return typeof exp === 'number' && exp * 1000 <= now + skewSeconds * 1000;
}
