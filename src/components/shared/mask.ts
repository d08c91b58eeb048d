const DOTS = '••••';

/**
 * Hides most of a phone number or email address, keeping enough to recognise it:
 * `+15550100123` → `•••• 0123`, `jane@example.com` → `j•••@example.com`.
 */
export function maskDestination(value: string): string {
  const at = value.lastIndexOf('@');
  if (at > 0) return `${value[0] ?? ''}${DOTS.slice(1)}${value.slice(at)}`;
  // A no-break space keeps the dots and the digits on one line.
  return `${DOTS}\u00a0${value.replace(/\D/g, '').slice(-4)}`;
}

/**
 * Wraps text that is always written left to right (a phone number, an email address) in
 * Unicode isolates (LRI…PDI), so that inside a right-to-left sentence `•••• 0123` keeps
 * its order instead of reading `0123 ••••`.
 */
export function isolateLtr(text: string): string {
  return `\u2066${text}\u2069`;
}
