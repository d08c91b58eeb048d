import type { CognitoClient } from './client.js';
import type { VerifySoftwareTokenResult } from './model.js';
import { parseAssociateSoftwareToken, parseVerifySoftwareToken } from './parse.js';
import type { SendOptions } from './transport.js';
import type { AssociateSoftwareTokenOutput, VerifySoftwareTokenInput } from './wire.js';

// Authenticator-app operations, kept off the client object so that apps without the setup
// flow do not carry them.

/** AssociateSoftwareToken: a new secret for an authenticator app (the old one stops working: docs/behaviour.md#mfa-row-13). */
export async function associateSoftwareToken(
  client: CognitoClient,
  options?: SendOptions,
): Promise<AssociateSoftwareTokenOutput> {
  return parseAssociateSoftwareToken(await client.call('AssociateSoftwareToken', {}, options));
}

/** VerifySoftwareToken: checks a code from the app; success does not enable TOTP MFA (docs/behaviour.md#mfa-row-14). */
export async function verifySoftwareToken(
  client: CognitoClient,
  input: VerifySoftwareTokenInput,
  options?: SendOptions,
): Promise<VerifySoftwareTokenResult> {
  return parseVerifySoftwareToken(await client.call('VerifySoftwareToken', input, options));
}
