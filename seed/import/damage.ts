// Recognises text that was damaged on its way into a file, so that the importer refuses it (file:line:column)
// instead of storing it over good data: replacement characters left by a wrong decoder, lone surrogates, C1
// control characters, UTF-8 read as Latin-1 / Windows-1252 ("å¼ ä¸‰" for 张三), UTF-8 read as GBK ("寮犱笁"),
// and the well-known traces of a replacement character that went through GBK ("锟斤拷", "烫烫烫", "屯屯屯").
// Called for every text value of an import, so the common case (no suspicious character) is one regex test.
import iconv from 'iconv-lite';

/** Characters that start every pattern below; text without any of them is clean. */
const SUSPECT = /[\uFFFD\u0080-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122锟烫屯\uD800-\uDFFF]/;

/**
 * A UTF-8 continuation byte (0x80-0xBF) as Latin-1 or Windows-1252 shows it: C1 controls and U+00A0-U+00BF, plus the
 * characters Windows-1252 puts at 0x80-0x9F.
 */
const CONT = '[\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]';
/** A UTF-8 lead byte shown as Latin-1 (Â-ß for two bytes, à-ï for three, ð-ô for four) followed by its continuation bytes. */
const LATIN1_MOJIBAKE = new RegExp(`[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3}`);
const C1_CONTROL = /[\u0080-\u009F]/;
/** In Unicode mode a surrogate pair is one code point, so this matches only halves standing alone. */
const LONE_SURROGATE = /\p{Cs}/u;
const GBK_TRACES = /锟斤拷|烫烫烫|屯屯屯/;
const HAN = /\p{Script=Han}/u;
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Text that is Chinese read from UTF-8 bytes as if they were GBK: its GBK bytes form valid UTF-8 that holds Chinese.
 * Genuine Chinese text almost never does (GBK byte pairs rarely line up as UTF-8's three-byte sequences), and a
 * name of two characters cannot (four GBK bytes give no three-byte sequence that ends on a character boundary
 * with Han in it), so short names are safe from a false alarm.
 */
function isUtf8ReadAsGbk(text: string): string | null {
  if (!HAN.test(text)) return null;
  // Windows' GBK (cp936) first: it maps byte 0x80 to €, which is how a UTF-8 quotation mark (E2 80 9C) reads;
  // GB18030 for text with characters that only it has.
  for (const encoding of ['gbk', 'gb18030']) {
    const bytes = iconv.encode(text, encoding);
    // Only bytes of two-byte GBK characters matter; plain ASCII text decodes the same either way.
    if (bytes.every((b) => b < 0x80) || !isValidUtf8(bytes)) continue;
    const decoded = STRICT_UTF8.decode(bytes);
    if (decoded !== text && HAN.test(decoded)) return decoded;
  }
  return null;
}

/** Whether bytes are well-formed UTF-8 (checked by hand: a throwing decoder costs too much per value). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Continuation bytes after the lead, and the smallest code point that needs that many (shorter is overlong).
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0) return false;
    const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
    if (i + need >= n) return false;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}

/** Why a text value looks damaged, or null when it looks fine. */
export function damageReason(text: string): string | null {
  if (SUSPECT.test(text)) {
    if (text.includes('\uFFFD')) return 'holds the replacement character \uFFFD (the bytes were not valid in the file\'s encoding; give the right one with --encoding)';
    if (LONE_SURROGATE.test(text)) return 'holds a broken UTF-16 surrogate (the file was decoded with the wrong encoding)';
    if (GBK_TRACES.test(text)) return `holds ${JSON.stringify(GBK_TRACES.exec(text)![0])}, the trace of replacement characters that passed through GBK`;
    const latin = LATIN1_MOJIBAKE.exec(text);
    if (latin) return `looks like UTF-8 read as Latin-1 (${JSON.stringify(latin[0])}; the file is probably UTF-8: give --encoding utf-8)`;
    if (C1_CONTROL.test(text)) return 'holds a C1 control character (U+0080-U+009F), a sign of a wrong decoding';
  }
  const gbk = text.length >= 3 ? isUtf8ReadAsGbk(text) : null;
  if (gbk !== null) return `looks like UTF-8 read as GBK (it would read ${JSON.stringify(gbk)}; the file is probably UTF-8: give --encoding utf-8)`;
  return null;
}
