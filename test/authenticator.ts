import { vi } from 'vitest';
import { fromBase64Url, toBase64Url } from '../src/cognito/webauthn.js';
import { createTestPasskeyCredential, type TestPasskeyCredentialOptions } from '../src/testing/index.js';

/** What the software authenticator does with the next `create()` call. */
export type AuthenticatorAction = 'create' | 'cancel' | 'hang';

/**
 * Gives jsdom a WebAuthn-capable `navigator.credentials.create` backed by the simulator's test
 * credentials: it remembers the passkeys it made (so `excludeCredentials` answers InvalidStateError
 * as a real authenticator does) and returns plain objects without `toJSON`, as older browsers do,
 * so the kit's own base64url fallback is what runs. Returns the spy and a restore function.
 */
export function installSoftwareAuthenticator(init: TestPasskeyCredentialOptions = {}) {
  const made = new Set<string>();
  const next: AuthenticatorAction[] = [];
  const create = vi.fn(async ({ publicKey, signal }: CredentialCreationOptions): Promise<Credential> => {
    if (!publicKey) throw new TypeError('publicKey is required');
    const action = next.shift() ?? 'create';
    if (action === 'cancel') throw new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError');
    if (action === 'hang') {
      return new Promise((_, reject) => {
        signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      });
    }
    if (publicKey.excludeCredentials?.some((descriptor) => made.has(toBase64Url(descriptor.id)))) {
      throw new DOMException('The authenticator was previously registered.', 'InvalidStateError');
    }
    const json = await createTestPasskeyCredential(
      { challenge: toBase64Url(publicKey.challenge), rp: { id: publicKey.rp.id ?? location.hostname } },
      { origin: location.origin, ...init },
    );
    made.add(json.id);
    return {
      id: json.id,
      type: json.type,
      rawId: fromBase64Url(json.rawId),
      authenticatorAttachment: json.authenticatorAttachment ?? null,
      response: {
        clientDataJSON: fromBase64Url(json.response.clientDataJSON),
        attestationObject: fromBase64Url(json.response.attestationObject),
        getTransports: () => json.response.transports ?? [],
      },
      getClientExtensionResults: () => ({}),
    } as unknown as Credential;
  });
  const previous = { credentials: navigator.credentials, secure: window.isSecureContext };
  Object.defineProperty(navigator, 'credentials', { configurable: true, value: { create } });
  Object.defineProperty(window, 'isSecureContext', { configurable: true, value: true });
  vi.stubGlobal('PublicKeyCredential', vi.fn());
  return {
    create,
    /** Queues what the next `create()` calls do (default: create a passkey). */
    queue: (...actions: AuthenticatorAction[]) => next.push(...actions),
    restore: () => {
      Object.defineProperty(navigator, 'credentials', { configurable: true, value: previous.credentials });
      Object.defineProperty(window, 'isSecureContext', { configurable: true, value: previous.secure });
      vi.unstubAllGlobals();
    },
  };
}
