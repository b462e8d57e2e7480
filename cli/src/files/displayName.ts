/**
 * File names are bytes, not text: a name that is not valid UTF-8 cannot be shown or reported as
 * it is, and decoding it with replacement characters would name a file that does not exist. Such
 * names are shown with each byte that is not part of valid UTF-8 as `\xNN`, so two different
 * names never look the same. Valid UTF-8 names are shown unchanged.
 */
const strict = new TextDecoder('utf-8', { fatal: true });

export function displayName(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  if (!text.includes('\uFFFD') || isValidUtf8(bytes)) return text;
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes[i]);
    if (length > 0 && i + length <= bytes.length && isValidUtf8(bytes.subarray(i, i + length))) {
      out += bytes.subarray(i, i + length).toString('utf8');
      i += length;
    } else {
      out += `\\x${bytes[i].toString(16).padStart(2, '0').toUpperCase()}`;
      i++;
    }
  }
  return out;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The length of the UTF-8 sequence a lead byte starts, or 0 for a byte that cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}
