/** The strings of SignOutEverywhere, with flat keys. Functions take the values they interpolate. */
export const signOutEverywhereEn = {
  'signOutEverywhere.title': 'Sign out everywhere',
  'signOutEverywhere.intro': 'Sign out on every device and browser where you are signed in, this one included.',
  'signOutEverywhere.start': 'Sign out everywhere…',
  'signOutEverywhere.question': 'Sign out everywhere?',
  'signOutEverywhere.does': 'Every sign-in to your account ends, on all your devices and on this one. You will need to sign in again.',
  'signOutEverywhere.expiry':
    'Other apps may go on accepting a sign-in they already have until it expires, for up to an hour.',
  'signOutEverywhere.doesNot': 'This does not show or end single sessions: where you are signed in cannot be listed.',
  'signOutEverywhere.submit': 'Sign out everywhere',
  'signOutEverywhere.signingOut': 'Signing out…',
  'signOutEverywhere.cancel': 'Cancel',
  'signOutEverywhere.signedOut': 'You have been signed out everywhere.',
  'signOutEverywhere.failed': (reason: string) => `You are still signed in. ${reason}`,
  'signOutEverywhere.throttled': 'Too many attempts. Wait a few minutes, then try again.',
  'signOutEverywhere.network': 'Could not reach the server. Check your connection, then try again.',
  'signOutEverywhere.unavailable': 'The sign-in service is not answering. Try again in a few minutes.',
  'signOutEverywhere.sessionExpired': 'Your session has already ended. Sign in again.',
  'signOutEverywhere.configuration': 'This page is not set up correctly. Contact support.',
  'signOutEverywhere.unknown': (detail: string) => `Something went wrong (${detail}).`,
};

/** The strings of SignOutEverywhere; override any subset through its `messages` prop or `SecurityMessagesProvider`. */
export type SignOutEverywhereMessages = typeof signOutEverywhereEn;
