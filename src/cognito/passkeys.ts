// Passkeys (WebAuthn): ListWebAuthnCredentials, StartWebAuthnRegistration,
// CompleteWebAuthnRegistration, DeleteWebAuthnCredential. Behaviour: docs/behaviour.md#passkeys.

/** A JSON document passed through as-is (WebAuthn creation options, a registration response). */
export type JsonDocument = Record<string, unknown>;

export interface WebAuthnCredentialDescription {
  CredentialId: string;
  FriendlyCredentialName: string;
  RelyingPartyId: string;
  AuthenticatorAttachment?: 'platform' | 'cross-platform' | (string & {});
  AuthenticatorTransports: string[];
  /** Epoch seconds on the wire. */
  CreatedAt: number;
}

export interface ListWebAuthnCredentialsInput {
  NextToken?: string;
  MaxResults?: number;
}

export interface ListWebAuthnCredentialsOutput {
  Credentials: WebAuthnCredentialDescription[];
  NextToken?: string;
}

export interface StartWebAuthnRegistrationOutput {
  /** WebAuthn's PublicKeyCredentialCreationOptionsJSON. */
  CredentialCreationOptions: JsonDocument;
}

export interface CompleteWebAuthnRegistrationInput {
  /** WebAuthn's RegistrationResponseJSON. */
  Credential: JsonDocument;
}

export interface DeleteWebAuthnCredentialInput {
  CredentialId: string;
}
