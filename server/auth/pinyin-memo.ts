// Pinyin of the names of people shown anonymously (masking.ts), kept between reloads of that set so that a reload
// converts only names it has not seen lately. The set is reloaded whole every few seconds and holds one entry per
// name of a person who did not consent, so an unbounded memo grows with the graph (80k names, 24 MiB at a million
// persons); this one carries at most `max` names from one reload to the next.
//
// Not an LRU: every reload asks for every name in the same order, and an LRU smaller than the set evicts each name
// just before it is asked for again, so it would never hit. Instead the names carried over are those of the last
// reload, the ones already carried first: with more names than room, the same `max` names hit every time.
import { pinyin } from 'pinyin-pro';

/** A name's Chinese runs in pinyin, run together and spaced ("wangjing", "wang jing"), as search fields hold them. */
export function pinyinOfName(name: string): string[] {
  return (name.match(/\p{Script=Han}{2,}/gu) ?? []).flatMap((run) => {
    const syllables = pinyin(run, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase());
    return [syllables.join(''), syllables.join(' ')];
  });
}

/**
 * Names carried between reloads by default: about 6 MiB at the 320 bytes per name measured at a million persons.
 * Every name is carried up to about 250k persons (8 % of people hidden); beyond, a reload converts the rest
 * (60k names at a million persons, about 7 µs each).
 */
export const PINYIN_MEMO_MAX_NAMES = 20_000;

/** The pinyin of one reload's names; hand it back to PinyinMemo.keep when the reload is done. */
export interface PinyinReload {
  /** The forms of one name (converted once per reload, however often the name occurs). */
  forms(name: string): string[];
  /** Every name asked for in this reload with its forms. */
  readonly all: ReadonlyMap<string, string[]>;
}

export class PinyinMemo {
  private kept = new Map<string, string[]>();

  constructor(
    readonly max: number = PINYIN_MEMO_MAX_NAMES,
    private readonly convert: (name: string) => string[] = pinyinOfName,
  ) {
    if (!Number.isInteger(max) || max < 0) throw new RangeError(`PinyinMemo: max must be a whole number ≥ 0, got ${max}`);
  }

  /** Names carried over now (at most `max`). */
  get size(): number {
    return this.kept.size;
  }

  /** Starts a reload: names carried over are answered from the memo, the others converted. */
  reload(): PinyinReload {
    const all = new Map<string, string[]>();
    return {
      all,
      forms: (name) => {
        let forms = all.get(name);
        if (!forms) {
          forms = this.kept.get(name) ?? this.convert(name);
          all.set(name, forms);
        }
        return forms;
      },
    };
  }

  /** Ends a reload: carries over its names, those already carried first, up to `max`; names no longer asked for go. */
  keep(done: PinyinReload): void {
    const next = new Map<string, string[]>();
    for (const [name, forms] of done.all) {
      if (next.size >= this.max) break;
      if (this.kept.has(name)) next.set(name, forms);
    }
    for (const [name, forms] of done.all) {
      if (next.size >= this.max) break;
      if (!next.has(name)) next.set(name, forms);
    }
    this.kept = next;
  }
}
