import type { DeleteAccountMessages } from './en.js';

/** German strings of DeleteAccount. */
export const deleteAccountDe: DeleteAccountMessages = {
  'deleteAccount.title': 'Konto löschen',
  'deleteAccount.warning': 'Damit wird Ihr Anmeldekonto gelöscht: Sie können sich damit nicht mehr anmelden und werden abgemeldet. Das lässt sich nicht rückgängig machen.',
  'deleteAccount.start': 'Konto löschen …',
  'deleteAccount.confirmWord': 'LÖSCHEN',
  'deleteAccount.confirmLabel': (text) => `Geben Sie zur Bestätigung ${text} ein`,
  'deleteAccount.confirmMismatch': (text) => `Geben Sie zur Bestätigung ${text} ein.`,
  'deleteAccount.submit': 'Mein Konto löschen',
  'deleteAccount.deleting': 'Wird gelöscht …',
  'deleteAccount.cancel': 'Abbrechen',
  'deleteAccount.deleted': 'Ihr Konto wurde gelöscht.',
  'deleteAccount.failed': (reason) => `Ihr Konto wurde nicht gelöscht. ${reason}`,
  'deleteAccount.throttled': 'Zu viele Versuche. Warten Sie einige Minuten und versuchen Sie es dann erneut.',
  'deleteAccount.unconfirmed': 'Es konnte nicht bestätigt werden, dass Ihr Konto gelöscht wurde. Laden Sie die Seite neu, um es zu prüfen.',
  'deleteAccount.sessionExpired': 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.',
  'deleteAccount.configuration': 'Diese Seite ist nicht richtig eingerichtet. Wenden Sie sich an den Support.',
  'deleteAccount.unknown': (detail) => `Etwas ist schiefgelaufen (${detail}).`,
};
