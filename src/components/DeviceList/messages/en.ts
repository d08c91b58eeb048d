import type { KnownBrowser, KnownOs } from '../userAgent.js';

/** Errors the device list words itself; others get the shared wording of their category. */
export type DeviceErrorCode =
  | 'LimitExceededException'
  | 'TooManyRequestsException'
  | 'ResourceNotFoundException'
  | 'NotAuthorizedException'
  | 'InvalidUserPoolConfigurationException'
  | 'InvalidParameterException'
  | 'ForbiddenException'
  | 'NetworkError';

type Keyed<Prefix extends string, Key extends string, Value = string> = { [K in Key as `${Prefix}.${K}`]: Value };

/** Every string of `DeviceList`, with flat keys; functions take what they interpolate. */
export type DeviceListMessages = Keyed<'devices.error', DeviceErrorCode> &
  Keyed<'devices.browser', KnownBrowser> &
  Keyed<'devices.os', KnownOs> & {
    /** The BCP 47 locale relative times are written in. */
    'devices.locale': string;
    'devices.title': string;
    'devices.intro': string;
    'devices.empty': string;
    /** Device tracking is off in the user pool: the section says so instead of listing. */
    'devices.trackingOff': string;
    /** A browser on a system, both already named ("Chrome on Windows"). */
    'devices.browserOn': (browser: string, os: string) => string;
    'devices.unknownBrowser': string;
    'devices.unnamed': string;
    'devices.thisDevice': string;
    /** The relative time, already formatted ("2 days ago"). */
    'devices.lastUsed': (when: string) => string;
    'devices.neverUsed': string;
    'devices.remembered': string;
    'devices.notRemembered': string;
    'devices.lastIp': (ip: string) => string;
    'devices.forget': string;
    'devices.confirmForget': (name: string) => string;
    'devices.confirmForgetHint': string;
    'devices.confirmForgetThis': string;
    'devices.confirm': string;
    'devices.keep': string;
    'devices.remember': string;
    'devices.stopRemembering': string;
    'devices.forgotten': (name: string) => string;
    'devices.forgetFailed': (name: string, reason: string) => string;
    'devices.rememberedNow': (name: string) => string;
    'devices.notRememberedNow': (name: string) => string;
    'devices.updateFailed': (name: string, reason: string) => string;
  };

/** Browser and system names: the same in every language (a catalogue may still override them). */
export const PRODUCT_NAMES = {
  'devices.browser.Chrome': 'Chrome',
  'devices.browser.Edge': 'Edge',
  'devices.browser.Firefox': 'Firefox',
  'devices.browser.Safari': 'Safari',
  'devices.browser.Opera': 'Opera',
  'devices.browser.Samsung Internet': 'Samsung Internet',
  'devices.os.Windows': 'Windows',
  'devices.os.macOS': 'macOS',
  'devices.os.iOS': 'iPhone',
  'devices.os.iPadOS': 'iPad',
  'devices.os.Android': 'Android',
  'devices.os.Linux': 'Linux',
  'devices.os.ChromeOS': 'ChromeOS',
} satisfies Partial<DeviceListMessages>;

/** English messages of `DeviceList`. */
export const deviceListEn: DeviceListMessages = {
  'devices.locale': 'en',
  'devices.title': 'Your devices',
  'devices.intro': 'Devices this app recorded when you signed in. Remembered ones can skip the extra sign-in step.',
  'devices.empty': 'You have no remembered devices.',
  'devices.trackingOff': 'This app does not remember devices, so there are none to show.',
  'devices.browserOn': (browser, os) => `${browser} on ${os}`,
  'devices.unknownBrowser': 'A browser',
  'devices.unnamed': 'Unnamed device',
  'devices.thisDevice': 'This device',
  'devices.lastUsed': (when) => `Last used ${when}`,
  'devices.neverUsed': 'Not used yet',
  'devices.remembered': 'Remembered',
  'devices.notRemembered': 'Not remembered',
  'devices.lastIp': (ip) => `IP address ${ip}`,
  'devices.forget': 'Forget',
  'devices.confirmForget': (name) => `Forget “${name}”?`,
  'devices.confirmForgetHint': 'It will no longer be remembered: signing in there will ask for every sign-in step again.',
  'devices.confirmForgetThis': 'This is the device you are using now.',
  'devices.confirm': 'Forget device',
  'devices.keep': 'Keep it',
  'devices.remember': 'Remember',
  'devices.stopRemembering': 'Stop remembering',
  'devices.forgotten': (name) => `“${name}” forgotten`,
  'devices.forgetFailed': (name, reason) => `Couldn't forget “${name}”: ${reason}`,
  'devices.rememberedNow': (name) => `“${name}” is remembered`,
  'devices.notRememberedNow': (name) => `“${name}” is no longer remembered`,
  'devices.updateFailed': (name, reason) => `Couldn't change “${name}”: ${reason}`,
  'devices.error.LimitExceededException': 'Too many attempts. Wait a few minutes, then try again.',
  'devices.error.TooManyRequestsException': 'Too many requests right now. Wait a moment, then try again.',
  'devices.error.ResourceNotFoundException': 'This device was already forgotten.',
  'devices.error.NotAuthorizedException': 'Your session has ended. Sign in again.',
  'devices.error.InvalidUserPoolConfigurationException': 'This app does not remember devices.',
  'devices.error.InvalidParameterException': 'The request was refused as invalid. Reload the page and try again.',
  'devices.error.ForbiddenException': 'The request was blocked. Try again later or contact support.',
  'devices.error.NetworkError': 'Could not reach the server. Check your connection, then try again.',
  ...PRODUCT_NAMES,
};
