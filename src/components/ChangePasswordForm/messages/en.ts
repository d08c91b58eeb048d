/** The strings of ChangePasswordForm, with flat keys. Functions take the values they interpolate. */
export const changePasswordFormEn = {
  'password.title': 'Change password',
  'password.setTitle': 'Set a password',
  'password.setIntro': 'You sign in without a password today. Set one to also be able to sign in with it.',
  'password.username': 'Username',
  'password.current': 'Current password',
  'password.new': 'New password',
  'password.confirm': 'Confirm new password',
  /** The visible text of every show/hide button; its accessible name says which field. */
  'password.show': 'Show',
  'password.showCurrent': 'Show current password',
  'password.showNew': 'Show new password',
  'password.showConfirm': 'Show confirmed password',
  'password.rules': 'Your new password needs',
  'password.rule.length': (count: number) => `At least ${count} characters`,
  'password.rule.uppercase': 'An upper-case letter (A–Z)',
  'password.rule.lowercase': 'A lower-case letter (a–z)',
  'password.rule.number': 'A number (0–9)',
  'password.rule.symbol': 'A symbol, such as ! ? # % or a space',
  'password.rule.history': (count: number) => (count === 1 ? 'Not your current password' : `Not one of your last ${count} passwords`),
  /** Read after each rule by screen readers. */
  'password.ruleMet': 'done',
  'password.ruleUnmet': 'not yet',
  'password.submit': 'Change password',
  'password.submitSet': 'Set password',
  'password.saving': 'Saving…',
  'password.changed': 'Your password has been changed.',
  'password.setDone': 'Your password has been set.',
  'password.enterCurrent': 'Enter your current password.',
  'password.enterNew': 'Enter a new password.',
  'password.mismatch': 'The passwords do not match.',
  'password.wrongCurrent': 'That is not your current password.',
  /** The service's own reason, e.g. "Password does not conform to policy: Password not long enough". */
  'password.rejected': (reason: string) => `This password cannot be used. ${reason}`,
  /** Cognito locks password changes after wrong attempts, for longer each time, up to about 15 minutes. */
  'password.throttled': 'Too many attempts. For your security, wait up to 15 minutes before you try again.',
  'password.unconfirmed': 'We could not confirm the change. Your password may have changed: if the old one stops working, use the new one.',
  'password.sessionExpired': 'Your session has expired. Sign in again.',
  'password.configuration': 'This page is not set up correctly. Contact support.',
  'password.failed': (detail: string) => `Your password was not changed (${detail}).`,
  'password.loading': 'Loading…',
};

/** The strings of ChangePasswordForm; override any subset through its `messages` prop or `SecurityMessagesProvider`. */
export type ChangePasswordFormMessages = typeof changePasswordFormEn;
