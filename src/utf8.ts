/** Strict UTF-8 decoding with the place of the first bad byte, for the CLI's inputs and for dictionary files. */

/** `bytes` as text, or null when they are not UTF-8 (a BOM is dropped). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Offset of the first byte of the first sequence that makes `bytes` invalid UTF-8. */
export function firstInvalidByte(bytes: Uint8Array): number {
  // The longest prefix that is valid UTF-8 or ends inside a sequence grows monotonically: binary search.
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (decodes(bytes.subarray(0, mid), true)) lo = mid;
    else hi = mid;
  }
  if (decodes(bytes.subarray(0, lo), false)) return lo;
  // The prefix ends inside a sequence that the next byte breaks: the sequence's lead byte is at fault.
  let start = lo - 1;
  while (start > 0 && lo - start < 4 && ((bytes[start] as number) & 0xc0) === 0x80) start--;
  return start;
}

function decodes(bytes: Uint8Array, stream: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}
