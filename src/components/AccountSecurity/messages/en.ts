/** The strings of AccountSecurity's own frame, with flat keys; each section brings its own catalogue. */
export const accountSecurityEn = {
  'accountSecurity.title': 'Security',
  /** The two-step-verification section's title (the other sections use their components' titles). */
  'accountSecurity.mfa': 'Two-step verification',
  /** The name of the group of MFA switches inside that section. */
  'accountSecurity.mfaMethods': 'Methods',
};

/** The strings of AccountSecurity; override any subset through its `messages` prop or `SecurityMessagesProvider`. */
export type AccountSecurityMessages = typeof accountSecurityEn;
