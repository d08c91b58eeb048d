import { base64UrlFromBytes, randomBase64Url, randomUuid } from './random.js';

/** The scope every user-pool self-service operation requires (docs/behaviour.md#required-scope). */
export const ADMIN_SCOPE = 'aws.cognito.signin.user.admin';

/** Options for {@link TokenStore.issue}. */
export interface IssueTokenOptions {
  /** Lifetime from the simulator's `now()`. Default 3600 (Cognito's default access-token lifetime). */
  expiresInSeconds?: number;
  /** Space-separated OAuth scopes. Default `aws.cognito.signin.user.admin`; without it every call fails (docs/behaviour.md#required-scope). */
  scope?: string;
  /** The app client written into `client_id`. Default the pool's `clientId`. */
  clientId?: string;
}

interface TokenRecord {
  username: string;
  sub: string;
  expSeconds: number;
  scope: string;
  state: 'active' | 'expired' | 'revoked';
}

/** Why a token was refused: the NotAuthorizedException message Cognito sends (docs/behaviour.md#not-authorized). */
export type TokenRejection =
  | 'Invalid Access Token'
  | 'Access Token has expired'
  | 'Access Token has been revoked'
  | 'Access Token does not have required scopes';

interface TokenIdentity {
  username: string;
  sub: string;
}

/** Why InitiateAuth REFRESH_TOKEN_AUTH refused a refresh token (NotAuthorizedException messages). */
export type RefreshTokenRejection = 'Invalid Refresh Token' | 'Refresh Token has been revoked';

/** Cognito's refresh tokens are opaque JWEs (five segments); this header is what they start with. */
const REFRESH_HEADER = { cty: 'JWT', enc: 'A256GCM', alg: 'RSA-OAEP' };

const encodeSegment = (value: object) => base64UrlFromBytes(new TextEncoder().encode(JSON.stringify(value)));

/**
 * The access tokens a simulator has issued. Only tokens in this table are accepted, so a token
 * from elsewhere (or a tampered one) is refused like a bad signature would be.
 */
export class TokenStore {
  readonly #tokens = new Map<string, TokenRecord>();
  readonly #refreshTokens = new Map<string, TokenIdentity & { revoked: boolean }>();
  readonly #issuer: string;
  readonly #clientId: string;
  readonly #now: () => number;

  constructor(issuer: string, clientId: string, now: () => number) {
    this.#issuer = issuer;
    this.#clientId = clientId;
    this.#now = now;
  }

  /** Issues a JWT-shaped access token (random signature) and records it. */
  issue(identity: TokenIdentity, options: IssueTokenOptions = {}): string {
    const iat = Math.floor(this.#now() / 1000);
    const expSeconds = iat + (options.expiresInSeconds ?? 3600);
    const scope = options.scope ?? ADMIN_SCOPE;
    const header = { kid: 'simulator', alg: 'RS256' };
    const claims = {
      sub: identity.sub,
      iss: this.#issuer,
      client_id: options.clientId ?? this.#clientId,
      origin_jti: randomUuid(),
      token_use: 'access',
      scope,
      auth_time: iat,
      exp: expSeconds,
      iat,
      jti: randomUuid(),
      username: identity.username,
    };
    const token = `${encodeSegment(header)}.${encodeSegment(claims)}.${randomBase64Url(32)}`;
    this.#tokens.set(token, { username: identity.username, sub: identity.sub, expSeconds, scope, state: 'active' });
    return token;
  }

  /** Resolves a token to the user it was issued to, or says why Cognito would refuse it. */
  authenticate(token: string): TokenIdentity | { rejection: TokenRejection } {
    const record = this.#tokens.get(token);
    if (!record) return { rejection: 'Invalid Access Token' };
    if (record.state === 'expired' || record.expSeconds * 1000 <= this.#now()) {
      return { rejection: 'Access Token has expired' };
    }
    if (record.state === 'revoked') return { rejection: 'Access Token has been revoked' };
    if (!record.scope.split(' ').includes(ADMIN_SCOPE)) {
      return { rejection: 'Access Token does not have required scopes' };
    }
    return { username: record.username, sub: record.sub };
  }

  /** Issues an ID token (JWT-shaped, never accepted as an access token) with the user's attributes. */
  issueIdToken(identity: TokenIdentity & { attributes: Record<string, string> }, expiresInSeconds = 3600): string {
    const iat = Math.floor(this.#now() / 1000);
    const claims = {
      ...identity.attributes,
      sub: identity.sub,
      iss: this.#issuer,
      'cognito:username': identity.username,
      aud: this.#clientId,
      token_use: 'id',
      auth_time: iat,
      exp: iat + expiresInSeconds,
      iat,
      jti: randomUuid(),
    };
    return `${encodeSegment({ kid: 'simulator', alg: 'RS256' })}.${encodeSegment(claims)}.${randomBase64Url(32)}`;
  }

  /** Issues a refresh token (opaque, no expiry simulated) and records it. */
  issueRefreshToken(identity: TokenIdentity): string {
    const token = [encodeSegment(REFRESH_HEADER), ...[256, 12, 1024, 16].map((bytes) => randomBase64Url(bytes))].join('.');
    this.#refreshTokens.set(token, { username: identity.username, sub: identity.sub, revoked: false });
    return token;
  }

  /** Resolves a refresh token to its user, or says why Cognito would refuse it. */
  authenticateRefreshToken(token: string): TokenIdentity | { rejection: RefreshTokenRejection } {
    const record = this.#refreshTokens.get(token);
    if (!record) return { rejection: 'Invalid Refresh Token' };
    if (record.revoked) return { rejection: 'Refresh Token has been revoked' };
    return { username: record.username, sub: record.sub };
  }

  /** Marks one token as expired. Throws for a token this store did not issue. */
  expire(token: string): void {
    const record = this.#tokens.get(token);
    if (!record) throw new Error('expireToken: this token was not issued by the simulator');
    record.state = 'expired';
  }

  /** Revokes every access and refresh token of `username`, as GlobalSignOut does. */
  revokeAll(username: string): void {
    for (const record of this.#tokens.values()) {
      if (record.username === username) record.state = 'revoked';
    }
    for (const record of this.#refreshTokens.values()) {
      if (record.username === username) record.revoked = true;
    }
  }

  clear(): void {
    this.#tokens.clear();
    this.#refreshTokens.clear();
  }
}
