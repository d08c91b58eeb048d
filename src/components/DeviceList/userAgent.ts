/** Browsers the device list names; others are left unnamed. */
export type KnownBrowser = 'Chrome' | 'Edge' | 'Firefox' | 'Safari' | 'Opera' | 'Samsung Internet';

/** Operating systems the device list names; others are left unnamed. */
export type KnownOs = 'Windows' | 'macOS' | 'iOS' | 'iPadOS' | 'Android' | 'Linux' | 'ChromeOS';

/** What a user-agent string says about the browser and system, as far as these few rules know. */
export interface UserAgentSummary {
  browser: KnownBrowser | null;
  os: KnownOs | null;
}

// Order matters: Edge, Opera and Samsung Internet also say "Chrome"; Chrome also says "Safari";
// on iOS every browser is WebKit and names itself with its own token (CriOS, FxiOS, EdgiOS).
const BROWSERS: ReadonlyArray<[RegExp, KnownBrowser]> = [
  [/\bEdg(?:e|A|iOS)?\//, 'Edge'],
  [/\bOPR\/|\bOpera\b|\bOPT\//, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\bFirefox\/|\bFxiOS\//, 'Firefox'],
  [/\bChrome\/|\bCriOS\/|\bCrMo\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\/|\bMobile\/\w+ Safari\//, 'Safari'],
];

const OSES: ReadonlyArray<[RegExp, KnownOs]> = [
  [/\bWindows NT\b|\bWindows\b/, 'Windows'],
  [/\biPad\b/, 'iPadOS'],
  [/\biPhone\b|\biPod\b/, 'iOS'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b|\bX11\b/, 'Linux'],
];

const first = <T>(rules: ReadonlyArray<[RegExp, T]>, text: string): T | null => rules.find(([rule]) => rule.test(text))?.[1] ?? null;

/**
 * Reads the browser and system from a user-agent string, or `null` when the text is not one
 * (a name the app gave ConfirmDevice, say). A few rules for the common browsers; not a full parser.
 * iPads that ask for desktop sites say "Macintosh" and read as macOS.
 */
export function parseUserAgent(text: string): UserAgentSummary | null {
  if (!/^Mozilla\/|^Opera\//.test(text.trim())) return null;
  const summary = { browser: first(BROWSERS, text), os: first(OSES, text) };
  return summary.browser || summary.os ? summary : null;
}
