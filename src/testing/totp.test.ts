import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, generateTotpCode, randomBase32Secret, verifyTotpCode } from './totp.js';

// RFC 6238 Appendix B, SHA-1 rows, secret = ASCII "12345678901234567890", truncated to 6 digits.
const RFC_SECRET = base32Encode(new TextEncoder().encode('12345678901234567890'));
const RFC_VECTORS: ReadonlyArray<readonly [seconds: number, code: string]> = [
  [59, '287082'],
  [1111111109, '081804'],
  [1111111111, '050471'],
  [1234567890, '005924'],
  [2000000000, '279037'],
];

describe('base32', () => {
  it('encodes the RFC 6238 secret as authenticator apps expect', () => {
    expect(RFC_SECRET).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
  });

  it('round-trips bytes and ignores case, spaces and padding', () => {
    const bytes = Uint8Array.from([0, 1, 2, 250, 251, 252, 253]);
    const encoded = base32Encode(bytes);
    expect(Array.from(base32Decode(encoded))).toEqual(Array.from(bytes));
    expect(Array.from(base32Decode(`${encoded.toLowerCase().replace(/(.{4})/g, '$1 ')}===`))).toEqual(Array.from(bytes));
  });

  it('rejects characters outside the alphabet', () => {
    expect(() => base32Decode('ABC1')).toThrow(/Invalid base32 character "1"/);
  });
});

describe('generateTotpCode (RFC 6238 Appendix B)', () => {
  it.each(RFC_VECTORS)('T=%i gives %s', async (seconds, code) => {
    await expect(generateTotpCode(RFC_SECRET, seconds * 1000)).resolves.toBe(code);
  });
});

describe('verifyTotpCode', () => {
  const at = 1111111111 * 1000;

  it('accepts the current step and one step either side, nothing further', async () => {
    const codeAt = (offsetSteps: number) => generateTotpCode(RFC_SECRET, at + offsetSteps * 30_000);
    await expect(verifyTotpCode(RFC_SECRET, await codeAt(0), at)).resolves.toBe(true);
    await expect(verifyTotpCode(RFC_SECRET, await codeAt(-1), at)).resolves.toBe(true);
    await expect(verifyTotpCode(RFC_SECRET, await codeAt(1), at)).resolves.toBe(true);
    await expect(verifyTotpCode(RFC_SECRET, await codeAt(-2), at)).resolves.toBe(false);
    await expect(verifyTotpCode(RFC_SECRET, await codeAt(2), at)).resolves.toBe(false);
  });
});

describe('randomBase32Secret', () => {
  it('returns 32 base32 characters by default, different every time', () => {
    const secret = randomBase32Secret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(randomBase32Secret()).not.toBe(secret);
    expect(randomBase32Secret(16)).toHaveLength(16);
  });
});
