/**
 * RFC 6238 TOTP (HMAC-SHA1, 30-second step, 6 digits) and RFC 4648 base32, on Web Crypto only,
 * so the same code runs in Node, jsdom and a browser (`crypto.subtle` needs a secure context:
 * https or localhost).
 */

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const STEP_SECONDS = 30;
const DIGITS = 6;

/** Encodes bytes as RFC 4648 base32 without padding (the form authenticator apps accept). */
export function base32Encode(bytes: Uint8Array): string {
  let output = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      output += BASE32_ALPHABET.charAt((buffer >>> bits) & 31);
    }
  }
  if (bits > 0) output += BASE32_ALPHABET.charAt((buffer << (5 - bits)) & 31);
  return output;
}

/** Decodes RFC 4648 base32; case, spaces and `=` padding are ignored. Throws on other characters. */
export function base32Decode(text: string): Uint8Array {
  const clean = text.toUpperCase().replace(/[\s=]/g, '');
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    const value = BASE32_ALPHABET.indexOf(char);
    if (value === -1) throw new Error(`Invalid base32 character "${char}"`);
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >>> bits) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

/** A random base32 secret of `length` characters, as AssociateSoftwareToken returns (default 32). */
export function randomBase32Secret(length = 32): string {
  const values = globalThis.crypto.getRandomValues(new Uint8Array(length));
  return Array.from(values, (value) => BASE32_ALPHABET.charAt(value & 31)).join('');
}

async function hotp(key: Uint8Array, counter: number): Promise<string> {
  const message = new DataView(new ArrayBuffer(8));
  message.setUint32(0, Math.floor(counter / 2 ** 32));
  message.setUint32(4, counter >>> 0);
  const cryptoKey = await globalThis.crypto.subtle.importKey(
    'raw',
    new Uint8Array(key),
    { name: 'HMAC', hash: 'SHA-1' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', cryptoKey, message));
  // RFC 4226 §5.3 dynamic truncation.
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = new DataView(mac.buffer).getUint32(offset) & 0x7fffffff;
  return String(binary % 10 ** DIGITS).padStart(DIGITS, '0');
}

function counterAt(timeMs: number): number {
  return Math.floor(timeMs / 1000 / STEP_SECONDS);
}

/** The 6-digit code an authenticator app shows for `secretBase32` at `timeMs` (default now). */
export function generateTotpCode(secretBase32: string, timeMs: number = Date.now()): Promise<string> {
  return hotp(base32Decode(secretBase32), counterAt(timeMs));
}

/** True when `code` is valid at `timeMs` or one 30-second step either side (clock drift). */
export async function verifyTotpCode(secretBase32: string, code: string, timeMs: number): Promise<boolean> {
  const key = base32Decode(secretBase32);
  const counter = counterAt(timeMs);
  const candidates = await Promise.all([counter - 1, counter, counter + 1].map((step) => hotp(key, step)));
  return candidates.includes(code);
}
