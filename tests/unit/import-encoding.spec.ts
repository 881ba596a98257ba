// The importer's encoding detection and its damaged-text refusal: each encoding an office meets (UTF-8 with and
// without BOM, UTF-16 LE/BE, GBK) is told from the bytes, and the usual kinds of damage (replacement characters,
// UTF-8 read as Latin-1 or as GBK, the 锟斤拷 trace) are recognised, while real names, Chinese and European, pass.
// Damaged samples are made here by decoding real bytes the wrong way, not typed in.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { damageReason, isValidUtf8 } from '../../seed/import/damage.js';
import { detectFromBytes, normaliseEncoding } from '../../seed/import/encoding.js';
import { PROJECT_ROOT } from '../../server/config.js';

const TEXT = 'id:ID(Person),name,nameZh,:LABEL\r\n1,Zhang San,张三,Person\r\n2,Li Si,李四,Person\r\n3,Zhu Rongji,朱镕基,Person\r\n';

describe('encoding detection', () => {
  it('tells each encoding an office saves from the bytes alone', () => {
    const utf8 = Buffer.from(TEXT, 'utf8');
    expect(detectFromBytes(utf8, false)).toMatchObject({ encoding: 'utf-8', how: 'valid UTF-8' });
    expect(detectFromBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), false)).toMatchObject({ encoding: 'utf-8', how: 'byte-order mark' });
    expect(detectFromBytes(iconv.encode(TEXT, 'utf-16le', { addBOM: true }), false)).toMatchObject({ encoding: 'utf-16le', how: 'byte-order mark' });
    expect(detectFromBytes(iconv.encode(TEXT, 'utf-16be', { addBOM: true }), false)).toMatchObject({ encoding: 'utf-16be', how: 'byte-order mark' });
    // Without a mark, UTF-16 shows as a zero byte beside each ASCII character.
    expect(detectFromBytes(iconv.encode(TEXT, 'utf-16le'), false).encoding).toBe('utf-16le');
    const gbk = detectFromBytes(iconv.encode(TEXT, 'gbk'), false);
    expect(gbk).toMatchObject({ encoding: 'gb18030', how: 'detected' });
  });

  it('leaves a Latin-1 file of European names to the detector instead of reading it as Chinese', () => {
    const latin = iconv.encode('id,name,city\n1,José Pérez,Málaga\n2,Zoë Müller,Zürich\n3,François Café,Besançon\n', 'latin1');
    const choice = detectFromBytes(latin, false);
    expect(choice.encoding).not.toBe('gb18030');
    expect(iconv.decode(latin, choice.encoding)).toContain('José Pérez');
  });

  it('reads European names that Excel saved as GBK (no Chinese in them) as GBK, and Big5 Chinese still as Big5', () => {
    // Only letters GBK has (its pinyin letters are lower case: no É, Ä or ñ), as Excel would have kept them.
    const names = 'name;city\n"Università di Bologna";"Bologna"\n"ΕΘΝΙΚΟ ΚΕΝΤΡΟ ΕΡΕΥΝΑΣ";"Athina"\n"Université de Genève";"Genève"\n';
    const gbk = iconv.encode(names, 'gbk');
    const choice = detectFromBytes(gbk, false);
    expect(choice.encoding).toBe('gb18030');
    expect(iconv.decode(gbk, choice.encoding)).toBe(names);
    const big5 = iconv.encode('名稱,城市\n國立臺灣大學,臺北\n', 'big5');
    expect(detectFromBytes(big5, false).encoding).toBe('big5');
  });

  it('keeps a UTF-8 sample that was cut inside a character', () => {
    const bytes = Buffer.from('a,b\n1,张三李四', 'utf8');
    expect(detectFromBytes(bytes.subarray(0, bytes.length - 1), true).encoding).toBe('utf-8');
  });

  it('normalises the names people give and refuses unknown ones', () => {
    expect(normaliseEncoding('GBK')).toBe('gb18030');
    expect(normaliseEncoding('gb2312')).toBe('gb18030');
    expect(normaliseEncoding('UTF8')).toBe('utf-8');
    expect(normaliseEncoding('Unicode')).toBe('utf-16le');
    expect(() => normaliseEncoding('klingon-8')).toThrow(/unknown encoding 'klingon-8'/);
  });

  it('checks UTF-8 strictly', () => {
    expect(isValidUtf8(Buffer.from('张三 Müller', 'utf8'))).toBe(true);
    expect(isValidUtf8(iconv.encode('张三', 'gbk'))).toBe(false);
    expect(isValidUtf8(Buffer.from([0xe5, 0xbc]))).toBe(false); // cut short
    expect(isValidUtf8(Buffer.from([0xc0, 0x80]))).toBe(false); // overlong
    expect(isValidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(false); // a surrogate
  });
});

describe('damaged text', () => {
  const names = ['张三', '李四', '欧阳修', '朱镕基', '杭州五星铝业有限公司', '丽水市“共享人才”莲都区分库'];

  it('finds replacement characters left by reading GBK as UTF-8', () => {
    for (const n of names) {
      const damaged = iconv.encode(n, 'gbk').toString('utf8');
      expect(damageReason(damaged), damaged).toMatch(/replacement character/);
    }
  });

  it('finds UTF-8 read as Latin-1 or Windows-1252', () => {
    for (const n of names) {
      for (const enc of ['latin1', 'win1252']) {
        const damaged = iconv.decode(Buffer.from(n, 'utf8'), enc);
        // Windows-1252 leaves five bytes undefined, which decode as replacement characters: damaged either way.
        expect(damageReason(damaged), `${enc}: ${damaged}`).toMatch(/UTF-8 read as Latin-1|C1 control|replacement character/);
      }
    }
  });

  it('finds UTF-8 read as GBK in names of three characters or more', () => {
    for (const n of names.filter((x) => x.length >= 3)) {
      const damaged = iconv.decode(Buffer.from(n, 'utf8'), 'gbk');
      // Some byte runs do not decode as GBK at all and leave replacement characters: damaged either way.
      expect(damageReason(damaged), damaged).toMatch(/UTF-8 read as GBK|replacement character/);
    }
  });

  it('finds the trace of replacement characters that went through GBK', () => {
    const trace = iconv.decode(Buffer.from('\uFFFD\uFFFD', 'utf8'), 'gbk');
    expect(trace).toBe('锟斤拷');
    expect(damageReason(`张${trace}`)).toMatch(/锟斤拷/);
  });

  it('passes real names: every Chinese and English name of the demo dataset, and accented European names', () => {
    const demo = path.join(PROJECT_ROOT, 'seed', 'demo', 'nodes');
    const texts: string[] = [];
    for (const f of fs.readdirSync(demo)) {
      for (const line of fs.readFileSync(path.join(demo, f), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const props = (JSON.parse(line) as { props: Record<string, unknown> }).props;
        for (const k of ['name', 'nameZh', 'nameEn', 'description']) if (typeof props[k] === 'string') texts.push(props[k] as string);
        if (Array.isArray(props.aliases)) texts.push(...(props.aliases as string[]));
      }
    }
    expect(texts.length).toBeGreaterThan(100);
    const flagged = texts.filter((t) => damageReason(t) !== null);
    expect(flagged).toEqual([]);
    for (const t of ['Müller', 'José Ángel Pérez', 'Zoë Çelik', 'Ørsted', 'Łódź', 'São Paulo', '10% 股份 – 2024 © «Ltd»']) expect(damageReason(t), t).toBeNull();
  });
});
