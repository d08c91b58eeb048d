/**
 * `react-cognito-security/testing`: a stateful Cognito user-pool simulator for tests and stories,
 * served through MSW or a loopback HTTP server.
 */

/** Creates an in-memory Cognito user pool that answers the kit's operations like the service. */
export { createCognitoSimulator } from './simulator.js';
/** The operations the simulator serves. */
export { SIMULATED_OPERATIONS } from './simulator.js';
/** Types of the simulator, its users, failures and call log. */
export type {
  CognitoSimulator,
  PoolConfig,
  ResolvedPoolConfig,
  SimulatedCall,
  SimulatedFailure,
  SimulatedOperation,
  SimulatedUser,
  SimulatedUserState,
  UserPatch,
  UserSpec,
} from './simulator.js';
/** A verification code in the simulator's outbox (`sim.outbox()`, `sim.lastCode()`). */
export type { DeliveredCode } from './operations/contacts.js';
/** Options for issuing access tokens. */
export type { IssueTokenOptions } from './tokens.js';
/** The shape of a simulated HTTP answer. */
export type { SimulatorResponse } from './protocol.js';
/** MSW request handlers serving a simulator. */
export { createSimulatorHandlers } from './msw.js';
/** Options for the MSW handlers. */
export type { SimulatorHandlerOptions } from './msw.js';
/** Starts a loopback HTTP server serving a simulator (Node only). */
export { startSimulatorServer } from './server.js';
/** Options and handle of the loopback server. */
export type { SimulatorServer, SimulatorServerOptions } from './server.js';
/** Computes the RFC 6238 code an authenticator app would show for a base32 secret. */
export { generateTotpCode } from './totp.js';
/** Generates a random base32 secret like AssociateSoftwareToken returns. */
export { randomBase32Secret } from './totp.js';
/** Builds the registration response a browser would send for StartWebAuthnRegistration's options, without a browser. */
export { createTestPasskeyCredential } from './webauthn/testCredential.js';
/** Options of the test credential builder. */
export type { TestCredentialCreationOptions, TestPasskeyCredentialOptions } from './webauthn/testCredential.js';
/** How long a simulated registration challenge stays valid. */
export { WEBAUTHN_CHALLENGE_TTL_MS } from './operations/passkeys.js';
/** Passkeys as the simulator stores them, as tests give them, and the pending registration challenge. */
export type { PasskeySpec, PendingWebAuthnChallenge, SimulatedPasskey } from './operations/passkeys.js';
/** Devices as the simulator stores them and as tests give them. */
export type { DeviceSpec, SimulatedDevice } from './operations/devices.js';
