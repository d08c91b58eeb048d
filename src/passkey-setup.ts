// `react-cognito-security/passkey-setup`: adding a passkey (the flow `PasskeyList` loads on "Add a
// passkey"): its component, View and hook, the two operations and the WebAuthn ceremony. Listed
// one by one: nothing internal leaks out. No other entry reaches this code statically, so every
// bundler keeps it out of page load; importing it from here puts it in your page's bundle.
export { AddPasskey } from './components/PasskeyList/AddPasskey.js';
export type { AddPasskeyProps } from './components/PasskeyList/AddPasskey.js';
export { AddPasskeyView } from './components/PasskeyList/AddPasskeyView.js';
export type { AddPasskeyViewProps } from './components/PasskeyList/AddPasskeyView.js';
export { useAddPasskey } from './queries/passkeys/add.js';
export type { AddPasskeyState, AddPasskeyStep, UseAddPasskeyResult } from './queries/passkeys/add.js';
export { completeWebAuthnRegistration, startWebAuthnRegistration } from './cognito/passkeys.js';
export { createPasskeyCredential } from './cognito/webauthn.js';
