/** The strings of DeleteAccount, with flat keys. Functions take the values they interpolate. */
export const deleteAccountEn = {
  'deleteAccount.title': 'Delete account',
  'deleteAccount.warning': 'This deletes your sign-in account: you can no longer sign in with it, and you are signed out. This cannot be undone.',
  'deleteAccount.start': 'Delete account…',
  /** What the user types to confirm, unless the component's `confirmText` says otherwise. */
  'deleteAccount.confirmWord': 'DELETE',
  'deleteAccount.confirmLabel': (text: string) => `To confirm, type ${text}`,
  'deleteAccount.confirmMismatch': (text: string) => `Type ${text} as shown to confirm.`,
  'deleteAccount.submit': 'Delete my account',
  'deleteAccount.deleting': 'Deleting…',
  'deleteAccount.cancel': 'Cancel',
  'deleteAccount.deleted': 'Your account has been deleted.',
  'deleteAccount.failed': (reason: string) => `Your account was not deleted. ${reason}`,
  'deleteAccount.throttled': 'Too many attempts. Wait a few minutes, then try again.',
  'deleteAccount.unconfirmed': 'We could not confirm that your account was deleted. Reload the page to check.',
  'deleteAccount.sessionExpired': 'Your session has expired. Sign in again.',
  'deleteAccount.configuration': 'This page is not set up correctly. Contact support.',
  'deleteAccount.unknown': (detail: string) => `Something went wrong (${detail}).`,
};

/** The strings of DeleteAccount; override any subset through its `messages` prop or `SecurityMessagesProvider`. */
export type DeleteAccountMessages = typeof deleteAccountEn;
