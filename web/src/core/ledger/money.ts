// Money in the ledger travels as integer fen (1 yuan = 100 fen) and is shown in yuan without ever passing through
// floating point: a risk pool of 100 million yuan is 10^10 fen, and 0.1 + 0.2 must never appear on a contract.
// The API may send fen as a number (safe integers only) or as a decimal string; both are read exactly.

export type Fen = number | string | bigint;

/** The amount as an exact integer number of fen, or null when it is not one (a fraction, NaN, text). */
export function toFen(value: Fen | null | undefined): bigint | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? BigInt(value) : null;
  const s = value.trim();
  return /^-?\d{1,30}$/.test(s) ? BigInt(s) : null;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Fen as yuan with exactly two decimals and thousands separators: 123456789 → "¥1,234,567.89". Both languages use
 * the same figures (the yuan sign reads the same way in Chinese and English). Not a number of fen → "—".
 */
export function formatYuan(value: Fen | null | undefined): string {
  const fen = toFen(value);
  if (fen === null) return '—';
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const yuan = groupThousands((abs / 100n).toString());
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '−' : ''}¥${yuan}.${cents}`;
}

/**
 * Yuan typed by a person ("2,000,000", "1234.5", "¥ 80 000.00") as integer fen, or null when it is not an amount
 * with at most two decimals. Parsed as text, so "0.29" is 29 fen and not 28.999….
 */
export function parseYuan(text: string): bigint | null {
  const s = text.replace(/[¥,，\s]/g, '').replace(/元$/, '');
  const m = /^(\d{1,15})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  return BigInt(m[1]!) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
}

/** The part of a whole as a percentage with one decimal, for a bar's width and its label (no money arithmetic). */
export function shareOf(part: Fen | null | undefined, whole: Fen | null | undefined): number {
  const p = toFen(part);
  const w = toFen(whole);
  if (p === null || w === null || w <= 0n) return 0;
  const permille = (p * 1000n) / w;
  const clipped = permille < 0n ? 0n : permille > 1000n ? 1000n : permille;
  return Number(clipped) / 10;
}
