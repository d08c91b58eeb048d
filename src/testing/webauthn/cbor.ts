/**
 * The slice of CBOR (RFC 8949) that WebAuthn attestation objects and COSE keys use: integers,
 * byte and text strings, arrays, maps, booleans and null, all with definite lengths. Anything
 * else (tags, floats, indefinite lengths) is refused rather than guessed at.
 */

/** A decoded CBOR value. Maps keep their integer or text keys. */
export type CborValue = number | string | Uint8Array | boolean | null | CborValue[] | CborMap;
export type CborMap = Map<number | string, CborValue>;

/** Malformed or unsupported CBOR. */
export class CborError extends Error {
  override readonly name = 'CborError';
}

const MAX_DEPTH = 16;
const ARGUMENT_SIZE: Readonly<Record<number, number>> = { 24: 1, 25: 2, 26: 4, 27: 8 };
const SIMPLE_VALUES: Readonly<Record<number, boolean | null>> = { 20: false, 21: true, 22: null };

/** Decodes one CBOR item starting at `offset`; `end` is the offset just past it. */
export function decodeCbor(bytes: Uint8Array, offset = 0): { value: CborValue; end: number } {
  let position = offset;
  const take = (count: number): Uint8Array => {
    if (position + count > bytes.length) throw new CborError('Unexpected end of CBOR data');
    const slice = bytes.subarray(position, position + count);
    position += count;
    return slice;
  };
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = ARGUMENT_SIZE[info];
    if (size === undefined) throw new CborError('Indefinite lengths and reserved values are not supported');
    let value = 0;
    for (const byte of take(size)) value = value * 256 + byte;
    if (!Number.isSafeInteger(value)) throw new CborError('Integer out of range');
    return value;
  };
  const item = (depth: number): CborValue => {
    if (depth > MAX_DEPTH) throw new CborError('CBOR nested too deeply');
    const initial = take(1)[0] ?? 0;
    const major = initial >> 5;
    const info = initial & 0x1f;
    switch (major) {
      case 0:
        return argument(info);
      case 1:
        return -1 - argument(info);
      case 2:
        return take(argument(info)).slice();
      case 3:
        return new TextDecoder('utf-8', { fatal: true }).decode(take(argument(info)));
      case 4:
        return Array.from({ length: argument(info) }, () => item(depth + 1));
      case 5: {
        const map: CborMap = new Map();
        const count = argument(info);
        for (let index = 0; index < count; index++) {
          const key = item(depth + 1);
          if (typeof key !== 'number' && typeof key !== 'string') throw new CborError('Map keys must be integers or text');
          if (map.has(key)) throw new CborError('Duplicate map key');
          map.set(key, item(depth + 1));
        }
        return map;
      }
      case 7: {
        const simple = SIMPLE_VALUES[info];
        if (simple === undefined) throw new CborError('Floats and other simple values are not supported');
        return simple;
      }
      default:
        throw new CborError('Tags are not supported');
    }
  };
  const value = item(0);
  return { value, end: position };
}

/** Decodes bytes that hold exactly one CBOR item. */
export function decodeCborExactly(bytes: Uint8Array): CborValue {
  const { value, end } = decodeCbor(bytes);
  if (end !== bytes.length) throw new CborError('Trailing bytes after the CBOR item');
  return value;
}

function head(major: number, value: number): number[] {
  if (value < 24) return [(major << 5) | value];
  const size = value < 0x100 ? 1 : value < 0x10000 ? 2 : 4;
  const bytes = [(major << 5) | (size === 1 ? 24 : size === 2 ? 25 : 26)];
  for (let shift = (size - 1) * 8; shift >= 0; shift -= 8) bytes.push(Math.floor(value / 2 ** shift) % 256);
  return bytes;
}

/** Encodes the same subset (integers up to 2³²), for building test credentials. */
export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  const write = (item: CborValue): void => {
    if (typeof item === 'number') {
      if (!Number.isInteger(item) || Math.abs(item) >= 2 ** 32) throw new CborError('Only integers below 2^32 are supported');
      out.push(...(item >= 0 ? head(0, item) : head(1, -1 - item)));
    } else if (typeof item === 'string') {
      const text = new TextEncoder().encode(item);
      out.push(...head(3, text.length), ...text);
    } else if (item instanceof Uint8Array) {
      out.push(...head(2, item.length), ...item);
    } else if (Array.isArray(item)) {
      out.push(...head(4, item.length));
      item.forEach(write);
    } else if (item instanceof Map) {
      out.push(...head(5, item.size));
      for (const [key, entry] of item) {
        write(key);
        write(entry);
      }
    } else {
      out.push(item === null ? 0xf6 : item ? 0xf5 : 0xf4);
    }
  };
  write(value);
  return Uint8Array.from(out);
}
