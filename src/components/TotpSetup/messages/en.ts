import type { ErrorMessages } from '../../messages/en.js';

/** Strings of the authenticator-app setup flow (`TotpSetup`). */
export type TotpMessages = {
  'totp.intro': string;
  'totp.start': string;
  'totp.starting': string;
  'totp.unavailable': string;
  'totp.replaceTitle': string;
  'totp.replaceWarning': string;
  'totp.replaceConfirm': string;
  'totp.cancel': string;
  'totp.scanTitle': string;
  'totp.scanHelp': string;
  /** The QR code's accessible name: it points to the setup key as the alternative. */
  'totp.qrLabel': string;
  'totp.keyLabel': string;
  'totp.copyKey': string;
  'totp.keyCopied': string;
  'totp.copyFailed': string;
  'totp.codeLabel': string;
  'totp.deviceLabel': string;
  'totp.verify': string;
  'totp.verifying': string;
  'totp.codeIncomplete': string;
  'totp.wrongCode': string;
  'totp.setupLost': string;
  'totp.chooseTitle': string;
  'totp.chooseHelp': string;
  'totp.preferLabel': string;
  'totp.turnOn': string;
  'totp.turningOn': string;
  'totp.notNow': string;
  'totp.doneTitle': string;
  'totp.donePreferred': string;
  'totp.doneNotPreferred': string;
};

/** Every string `TotpSetup` shows: its own, and the reasons a step failed. */
export type TotpSetupMessages = TotpMessages & ErrorMessages;


/** English strings of the authenticator-app setup flow. */
export const totpEn: TotpMessages = {
  'totp.intro': 'Get sign-in codes from an app such as Google Authenticator or 1Password.',
  'totp.start': 'Set up authenticator app',
  'totp.starting': 'Getting a setup key…',
  'totp.unavailable': 'Authenticator apps are not available for this account.',
  'totp.replaceTitle': 'Replace your authenticator app?',
  'totp.replaceWarning':
    'Your current authenticator app stops working as soon as you continue, even if you do not finish. Until you finish setting up the new one, you cannot sign in with it.',
  'totp.replaceConfirm': 'Replace authenticator app',
  'totp.cancel': 'Cancel',
  'totp.scanTitle': 'Scan the QR code',
  'totp.scanHelp': 'In your authenticator app, add an account and scan this code. Then enter the 6-digit code the app shows.',
  'totp.qrLabel': 'QR code for your authenticator app. If you cannot scan it, enter the setup key instead.',
  'totp.keyLabel': 'Cannot scan? Enter this setup key in the app:',
  'totp.copyKey': 'Copy setup key',
  'totp.keyCopied': 'Setup key copied.',
  'totp.copyFailed': 'Could not copy. Select the key and copy it yourself.',
  'totp.codeLabel': '6-digit code from the app',
  'totp.deviceLabel': 'Device name (optional)',
  'totp.verify': 'Verify',
  'totp.verifying': 'Verifying…',
  'totp.codeIncomplete': 'Enter the 6-digit code from your app.',
  'totp.wrongCode': 'That code did not work. Enter the newest code your app shows.',
  'totp.setupLost': 'This setup is no longer valid, perhaps because it was started again elsewhere. Start again.',
  'totp.chooseTitle': 'Turn on the authenticator app',
  'totp.chooseHelp': 'Your app is connected. Turn it on to be asked for its code when you sign in.',
  'totp.preferLabel': 'Make it my preferred method',
  'totp.turnOn': 'Turn on',
  'totp.turningOn': 'Turning on…',
  'totp.notNow': 'Not now',
  'totp.doneTitle': 'Authenticator app is on',
  'totp.donePreferred': 'When you sign in, you will be asked for a code from your app.',
  'totp.doneNotPreferred': 'You can use codes from your app when you sign in.',
};
