import type { SignOutEverywhereMessages } from './en.js';

/** German strings of SignOutEverywhere. */
export const signOutEverywhereDe: SignOutEverywhereMessages = {
  'signOutEverywhere.title': 'Überall abmelden',
  'signOutEverywhere.intro': 'Melden Sie sich auf allen Geräten und Browsern ab, auf denen Sie angemeldet sind, auch auf diesem.',
  'signOutEverywhere.start': 'Überall abmelden…',
  'signOutEverywhere.question': 'Überall abmelden?',
  'signOutEverywhere.does': 'Jede Anmeldung bei Ihrem Konto endet, auf all Ihren Geräten und auf diesem. Sie müssen sich erneut anmelden.',
  'signOutEverywhere.expiry': 'Andere Apps können eine bereits erteilte Anmeldung noch annehmen, bis sie abläuft, höchstens eine Stunde lang.',
  'signOutEverywhere.doesNot': 'Einzelne Sitzungen werden weder angezeigt noch beendet: Wo Sie angemeldet sind, lässt sich nicht auflisten.',
  'signOutEverywhere.submit': 'Überall abmelden',
  'signOutEverywhere.signingOut': 'Wird abgemeldet…',
  'signOutEverywhere.cancel': 'Abbrechen',
  'signOutEverywhere.signedOut': 'Sie wurden überall abgemeldet.',
  'signOutEverywhere.failed': (reason) => `Sie sind weiterhin angemeldet. ${reason}`,
  'signOutEverywhere.throttled': 'Zu viele Versuche. Warten Sie einige Minuten und versuchen Sie es dann erneut.',
  'signOutEverywhere.network': 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'signOutEverywhere.unavailable': 'Der Anmeldedienst antwortet nicht. Versuchen Sie es in einigen Minuten erneut.',
  'signOutEverywhere.sessionExpired': 'Ihre Sitzung ist bereits beendet. Melden Sie sich erneut an.',
  'signOutEverywhere.configuration': 'Diese Seite ist nicht richtig eingerichtet. Wenden Sie sich an den Support.',
  'signOutEverywhere.unknown': (detail) => `Etwas ist schiefgelaufen (${detail}).`,
};
