// The size budgets: what an app imports, and what of it counts (`.size-limit.mjs` measures
// them; `scripts/size-table.mjs` writes the README table from them). Plain data, nothing runs.
//
// A new section or lazy flow appends entries: what an app imports, by package specifier (the
// `exports` map resolves it, as in an app), and `loads`:
//   'page' — what the browser loads before the user does anything: the entry chunk and the
//            chunks it imports statically; whatever loads with `import()` stays out;
//   'all'  — after the user opened every lazy flow those imports reach: every chunk.
// A section with lazy flows gets both; the two figures differ by what its flows load on demand.

export const kit = 'react-cognito-security';
const withProvider = (entry, names) => ({
  [kit]: '{ CognitoSecurityProvider, createFetchTransport }',
  [`${kit}/${entry}`]: names,
});
const mfaPage = {
  [kit]: '{ CognitoSecurityProvider, createFetchTransport, useMfaSettings }',
  [`${kit}/mfa`]: '{ MfaToggleList, PreferredMfaPicker, FactorBadges }',
};

/** @type {{ name: string, import?: Record<string, string>, loads?: 'page' | 'all', file?: string, limit: string }[]} */
export const entries = [
  {
    name: 'headless: provider, the four hooks, fetch transport',
    import: { [kit]: '{ CognitoSecurityProvider, createFetchTransport, useCognitoUser, useAuthFactors, useSetMfaPreference, useMfaSettings }' },
    loads: 'page',
    // 5.5 → 5.6 kB: the registry's sign-in operations (InitiateAuth, RespondToAuthChallenge) cost 30 B.
    // 5.6 → 5.75 kB: one refresh in flight whatever the stale token, no LimitExceeded retry, and
    // DeleteUser's UserNotFound trait cost 90 B.
    limit: '5.75 kB',
  },
  { name: 'MFA components on page load (their flows load on "Set up" and "Add")', import: mfaPage, loads: 'page', limit: '11.25 kB' },
  {
    name: 'MFA components after every flow (+ TotpSetup with its QR encoder, + the contact flow)',
    import: mfaPage,
    loads: 'all',
    limit: '23 kB',
  },
  {
    name: 'MFA components + TotpSetup imported directly',
    import: { ...mfaPage, [`${kit}/totp-setup`]: '{ TotpSetup }' },
    loads: 'page',
    limit: '17.25 kB',
  },
  {
    name: 'ContactDetails on page load (the add/change/verify flow loads on the first action)',
    import: withProvider('contacts', '{ ContactDetails }'),
    loads: 'page',
    limit: '9 kB',
  },
  {
    name: 'ContactDetails after an action (+ the contact flow: form, code entry, removal)',
    import: withProvider('contacts', '{ ContactDetails }'),
    loads: 'all',
    limit: '15 kB',
  },
  {
    name: 'PasskeyList on page load (the add-a-passkey flow loads on "Add a passkey")',
    import: withProvider('passkeys', '{ PasskeyList }'),
    loads: 'page',
    limit: '10 kB',
  },
  {
    name: 'PasskeyList after "Add a passkey" (+ the WebAuthn ceremony and its flow)',
    import: withProvider('passkeys', '{ PasskeyList }'),
    loads: 'all',
    limit: '12.5 kB',
  },
  {
    name: 'DeviceList on page load (with provider and fetch transport)',
    import: withProvider('devices', '{ DeviceList }'),
    loads: 'page',
    limit: '9.5 kB',
  },
  {
    name: 'SignOutEverywhere (with provider and fetch transport)',
    import: withProvider('devices', '{ SignOutEverywhere }'),
    loads: 'page',
    limit: '6.5 kB',
  },
  {
    name: 'ChangePasswordForm (with provider and fetch transport)',
    import: withProvider('account', '{ ChangePasswordForm }'),
    loads: 'page',
    limit: '8.5 kB',
  },
  {
    name: 'DeleteAccount (with provider and fetch transport)',
    import: withProvider('account', '{ DeleteAccount }'),
    loads: 'page',
    limit: '6.5 kB',
  },
  {
    name: 'AccountSecurity on page load (each section loads as it renders)',
    import: withProvider('account-security', '{ AccountSecurity }'),
    loads: 'page',
    limit: '15.5 kB',
  },
  {
    name: 'AccountSecurity with every section and flow loaded',
    import: withProvider('account-security', '{ AccountSecurity }'),
    loads: 'all',
    limit: '50 kB',
  },
  {
    name: 'AccountSecurity rendered, no flow opened (the frame and every section as it first shows)',
    import: {
      [kit]: '{ CognitoSecurityProvider, createFetchTransport }',
      [`${kit}/account-security`]: '{ AccountSecurity }',
      [`${kit}/mfa`]: '{ MfaToggleList, PreferredMfaPicker, FactorBadges }',
      [`${kit}/contacts`]: '{ ContactDetails }',
      [`${kit}/passkeys`]: '{ PasskeyList, PasskeyMfaSwitch }',
      [`${kit}/devices`]: '{ DeviceList, SignOutEverywhere }',
      [`${kit}/account`]: '{ ChangePasswordForm, DeleteAccount }',
    },
    loads: 'page',
    limit: '32.5 kB',
  },
  {
    name: 'PasskeyMfaSwitch (with provider and fetch transport)',
    import: withProvider('passkeys', '{ PasskeyMfaSwitch }'),
    loads: 'page',
    limit: '8.5 kB',
  },
  {
    name: 'AddPasskey imported directly (the WebAuthn ceremony in the page)',
    import: withProvider('passkey-setup', '{ AddPasskey }'),
    loads: 'page',
    limit: '7.5 kB',
  },
  {
    name: 'headless contact verification (useContactVerification, with provider and fetch transport)',
    import: withProvider('contact-verification', '{ useContactVerification }'),
    loads: 'page',
    limit: '6.75 kB',
  },
  {
    name: 'AWS SDK transport instead of fetch (the SDK client is the app\'s own and not counted)',
    import: {
      [kit]: '{ CognitoSecurityProvider, useMfaSettings }',
      [`${kit}/aws-sdk`]: '{ createSdkTransport }',
    },
    loads: 'page',
    limit: '5.85 kB',
  },
  { name: 'styles.css', file: `${kit}/styles.css`, limit: '2.75 kB' },
];
