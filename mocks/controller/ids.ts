/** Identifiers: object uuids (`<type>-<uuid4>`), session tokens, and stable uuids for seed data. */

function randomBytes(n: number): Uint8Array {
  const bytes = new Uint8Array(n);
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
}

function formatUuid(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function uuid4(): string {
  return formatUuid(Array.from(randomBytes(16), (b) => b.toString(16).padStart(2, '0')).join(''));
}

const TOKEN_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A 32-character token like the controller's `csrftoken` and `sessionid` values. */
export function randomToken(length = 32): string {
  return Array.from(randomBytes(length), (b) => TOKEN_ALPHABET[b % TOKEN_ALPHABET.length]).join('');
}

/** 32 hex digits derived from a string (two FNV-1a variants): stable uuids for seed objects. */
function hashHex(text: string): string {
  let out = '';
  for (let round = 0; round < 4; round += 1) {
    let h = 0x811c9dc5 ^ (round * 0x9e3779b1);
    for (let i = 0; i < text.length; i += 1) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995);
    h ^= h >>> 15;
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}

export function stableUuid(type: string, key: string): string {
  return `${type}-${formatUuid(hashHex(`${type}/${key}`))}`;
}
