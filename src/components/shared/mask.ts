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
