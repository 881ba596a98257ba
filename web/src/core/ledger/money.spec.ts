import { describe, expect, it } from 'vitest';
import { formatYuan, parseYuan, shareOf, toFen } from './money.js';

describe('fen as yuan', () => {
  it('shows exact yuan with two decimals and thousands separators', () => {
    expect(formatYuan(0)).toBe('¥0.00');
    expect(formatYuan(5)).toBe('¥0.05');
    expect(formatYuan(100)).toBe('¥1.00');
    expect(formatYuan(123456789)).toBe('¥1,234,567.89');
    expect(formatYuan(20_000_000)).toBe('¥200,000.00');
    expect(formatYuan(-150)).toBe('−¥1.50');
  });

  it('keeps amounts beyond 2^53 exact when they come as text or bigint', () => {
    // 100 million yuan of risk pool, and an amount no double can hold.
    expect(formatYuan('10000000000')).toBe('¥100,000,000.00');
    expect(formatYuan('900719925474099317')).toBe('¥9,007,199,254,740,993.17');
    expect(formatYuan(900719925474099317n)).toBe('¥9,007,199,254,740,993.17');
  });

  it('refuses what is not an integer number of fen instead of rounding it', () => {
    expect(toFen(12.5)).toBeNull();
    expect(toFen(Number.MAX_SAFE_INTEGER + 2)).toBeNull();
    expect(toFen('12.50')).toBeNull();
    expect(toFen('abc')).toBeNull();
    expect(formatYuan(null)).toBe('—');
    expect(formatYuan(0.1 + 0.2)).toBe('—');
  });
});

describe('yuan typed by a person', () => {
  it('becomes integer fen without floating point', () => {
    expect(parseYuan('0.29')).toBe(29n);
    expect(parseYuan('1234.5')).toBe(123450n);
    expect(parseYuan('¥ 2,000,000')).toBe(200000000n);
    expect(parseYuan('80000元')).toBe(8000000n);
  });
  it('rejects more than two decimals, signs and words', () => {
    expect(parseYuan('1.234')).toBeNull();
    expect(parseYuan('-5')).toBeNull();
    expect(parseYuan('ten')).toBeNull();
    expect(parseYuan('')).toBeNull();
  });
});

describe('shares', () => {
  it('are percentages with one decimal, clipped to 0..100', () => {
    expect(shareOf(20_000_000, 200_000_000)).toBe(10);
    expect(shareOf(1, 3)).toBe(33.3);
    expect(shareOf('300', '200')).toBe(100);
    expect(shareOf(5, 0)).toBe(0);
    expect(shareOf(null, 100)).toBe(0);
  });
});
