import type { Device } from '../../cognito/devices.js';
import type { CognitoError } from '../../cognito/errors.js';
import type { DeviceChange } from '../../queries/devices/hooks.js';
import type { CoreMessages } from '../messages/en.js';
import type { Notice } from '../shared/NoticeRegions.js';
import { errorReason } from '../messages/text.js';
import type { DeviceErrorCode, DeviceListMessages } from './messages/en.js';
import { parseUserAgent } from './userAgent.js';


/** Something DeviceList announces. */
export type DeviceNotice = Notice;

/** Why a device action failed, for the user: a device-specific sentence where there is one. */
export function deviceErrorText(m: DeviceListMessages, core: CoreMessages, error: CognitoError): string {
  const code = (error.category === 'network' ? 'NetworkError' : error.code) as DeviceErrorCode;
  const key = `devices.error.${code}` as const;
  return key in m ? m[key] : errorReason(core, error);
}

/**
 * A readable name for a device: "Chrome on Windows" when `device_name` is a user agent, the
 * name as the app gave it otherwise, and "Unnamed device" without one.
 */
export function deviceName(m: DeviceListMessages, device: Pick<Device, 'name'>): string {
  if (!device.name) return m['devices.unnamed'];
  const agent = parseUserAgent(device.name);
  if (!agent) return device.name;
  const browser = agent.browser ? m[`devices.browser.${agent.browser}`] : m['devices.unknownBrowser'];
  return agent.os ? m['devices.browserOn'](browser, m[`devices.os.${agent.os}`]) : browser;
}

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/** "2 days ago", "yesterday", "now": the largest whole unit, in `locale`. */
export function relativeTime(date: Date, now: Date, locale: string): string {
  const seconds = (date.getTime() - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}

const finished = (change: DeviceChange) => change.status === 'success' || change.status === 'error';

/** The announcement for the last device change once it finished, or `null`. */
export function deviceChangeNotice(
  m: DeviceListMessages,
  core: CoreMessages,
  change: DeviceChange | undefined,
  devices: readonly Device[],
): DeviceNotice | null {
  if (!change || !finished(change)) return null;
  const device = change.device ?? devices.find((item) => item.key === change.deviceKey);
  const name = device ? deviceName(m, device) : m['devices.unnamed'];
  const key = change.submittedAt;
  if (change.error) {
    const reason = deviceErrorText(m, core, change.error);
    // Already gone is what the user wanted: said politely, and the device is out of the list.
    if (change.error.code === 'ResourceNotFoundException') return { text: reason, tone: 'polite', key };
    const failed = change.type === 'forget' ? m['devices.forgetFailed'] : m['devices.updateFailed'];
    return { text: failed(name, reason), tone: 'assertive', key };
  }
  const done = { forget: m['devices.forgotten'], remember: m['devices.rememberedNow'], 'stop-remembering': m['devices.notRememberedNow'] }[change.type];
  return { text: done(name), tone: 'polite', key };
}
