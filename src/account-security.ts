// `react-cognito-security/account-security`: the whole security page in one component, and its
// message catalogues. Listed one by one: nothing internal leaks out. Each section is loaded with
// `import()` when it renders; nothing here reaches a section's code statically.
export { AccountSecurity } from './components/AccountSecurity/AccountSecurity.js';
// React-free, so not a client reference when a server component imports it.
export { ACCOUNT_SECURITY_SECTIONS } from './components/AccountSecurity/sections.js';
export type { AccountSecurityProps } from './components/AccountSecurity/AccountSecurity.js';
export type { AccountSecuritySection, AccountSecuritySectionProps } from './components/AccountSecurity/types.js';
export { accountSecurityEn } from './components/AccountSecurity/messages/en.js';
export type { AccountSecurityMessages } from './components/AccountSecurity/messages/en.js';
export { accountSecurityDe } from './components/AccountSecurity/messages/de.js';
export { accountSecurityAr } from './components/AccountSecurity/messages/ar.js';
