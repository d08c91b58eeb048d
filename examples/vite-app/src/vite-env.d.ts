/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** A Cognito-compatible endpoint (the simulator, cognito-local); wins over region and client id. */
  readonly VITE_COGNITO_ENDPOINT?: string;
  /** With VITE_COGNITO_CLIENT_ID and no endpoint: the real service in this region. */
  readonly VITE_COGNITO_REGION?: string;
  /** The app client (no secret, ALLOW_USER_PASSWORD_AUTH and ALLOW_REFRESH_TOKEN_AUTH). */
  readonly VITE_COGNITO_CLIENT_ID?: string;
}
