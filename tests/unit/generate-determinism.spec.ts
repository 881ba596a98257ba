// The generator is deterministic: the same persons and seed give the same bytes, another seed gives another graph,
// gzip output holds the same rows, and bad options or a busy output folder are handled without losing anything.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, GenerateOptionsError } from '../../seed/generate/generate.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-generate-determinism-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fs.readdirSync(dir).sort()) {
    out[f] = crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex');
  }
  return out;
}

describe('generate determinism', () => {
  it('writes the same bytes for the same persons and seed, and different ones for another seed', async () => {
    const a = path.join(root, 'a');
    const b = path.join(root, 'b');
    const c = path.join(root, 'c');
    await generate({ persons: 2000, seed: 7, out: a });
    await generate({ persons: 2000, seed: 7, out: b });
    await generate({ persons: 2000, seed: 8, out: c });
    const ha = hashes(a);
    const hb = hashes(b);
    const hc = hashes(c);
    expect(Object.keys(ha).length).toBeGreaterThan(20);
    expect(hb).toEqual(ha);
    expect(Object.keys(hc)).toEqual(Object.keys(ha));
    // Fixed gazetteer and taxonomy files may coincide; people, firms and ties must not.
    for (const f of ['nodes-person.csv', 'nodes-enterprise.csv', 'rels-person-knows-person.csv', 'rels-person-works_at-enterprise.csv']) {
      expect(hc[f], f).not.toBe(ha[f]);
    }
  });

  it('writes gzip files that hold exactly the plain rows, also byte-identical run to run', async () => {
    const plain = path.join(root, 'plain');
    const gz1 = path.join(root, 'gz1');
    const gz2 = path.join(root, 'gz2');
    await generate({ persons: 500, seed: 3, out: plain });
    await generate({ persons: 500, seed: 3, out: gz1, gzip: true });
    await generate({ persons: 500, seed: 3, out: gz2, gzip: true });
    expect(hashes(gz2)).toEqual(hashes(gz1));
    const files = fs.readdirSync(plain).sort();
    expect(fs.readdirSync(gz1).sort()).toEqual(files.map((f) => `${f}.gz`));
    for (const f of files) {
      const unzipped = zlib.gunzipSync(fs.readFileSync(path.join(gz1, `${f}.gz`)));
      expect(unzipped.equals(fs.readFileSync(path.join(plain, f))), f).toBe(true);
    }
  });

  it('replaces its own earlier files in the output folder and leaves other files alone', async () => {
    const dir = path.join(root, 'reuse');
    await generate({ persons: 300, seed: 1, out: dir, gzip: true });
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'keep me');
    await generate({ persons: 300, seed: 1, out: dir });
    const names = fs.readdirSync(dir);
    expect(names).toContain('notes.txt');
    expect(names.filter((f) => f.endsWith('.gz'))).toEqual([]);
    expect(fs.readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('keep me');
    // No half-written working folder is left beside it.
    expect(fs.readdirSync(root).filter((f) => f.startsWith('reuse.partial-'))).toEqual([]);
  });

  it('rejects bad options by name, before writing anything', async () => {
    const dir = path.join(root, 'bad');
    await expect(generate({ persons: 10, seed: 1, out: dir })).rejects.toThrow(/persons must be a whole number/);
    await expect(generate({ persons: 1000.5, seed: 1, out: dir })).rejects.toThrow(GenerateOptionsError);
    await expect(generate({ persons: 1000, seed: -1, out: dir })).rejects.toThrow(/seed must be a whole number/);
    await expect(generate({ persons: 1000, seed: 1, out: ' ' })).rejects.toThrow(/out must name a folder/);
    expect(fs.existsSync(dir)).toBe(false);
  });
});
