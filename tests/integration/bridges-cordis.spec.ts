// Organisation bridges on real data: EU CORDIS H2020 imported with the shipped mapping. CORDIS has no people, so a
// firm and a lab that never shared a project (distance 4: firm → project → organisation → project → lab) are
// bridged only by organisations that took part in projects with both. The pairs, the organisations in between and
// the projects each tie names are worked out here from h2020.csv.gz, independently of the Cypher, and compared
// with the answer; so is the per-side bound on projects at a lab with more projects than the bound.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.js';
import { ORG_SEARCH } from '../../server/explore/bridges.js';
import type { App } from '../../server/yoga.js';
import { testDb } from '../support/db.js';
import { withImportedApp } from '../support/imported.js';
import { sharedDataset } from '../support/shared-data.js';

const dir = sharedDataset('cordis-h2020');
const MAPPING = path.join(PROJECT_ROOT, 'seed', 'mappings', 'cordis-h2020.json');
const db = testDb();
let app: App;

type Row = Record<string, string>;
const rows: Row[] = dir ? (parse(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'h2020.csv.gz'))), { columns: true }) as Row[]) : [];

// The participation graph, from the file.
const typeOf = new Map<string, string>();
const projectsOf = new Map<string, Set<string>>();
const orgsOf = new Map<string, Set<string>>();
const startOf = new Map<string, string>();
for (const r of rows) {
  typeOf.set(r.pic!, r.type!);
  projectsOf.set(r.pic!, (projectsOf.get(r.pic!) ?? new Set()).add(r.rcn!));
  orgsOf.set(r.rcn!, (orgsOf.get(r.rcn!) ?? new Set()).add(r.pic!));
  startOf.set(r.rcn!, r.start_date!);
}
const isLab = (pic: string) => ['HES', 'REC'].includes(typeOf.get(pic) ?? '');
const shared = (a: string, b: string) => [...projectsOf.get(a)!].filter((p) => projectsOf.get(b)!.has(p));
const neighbours = (pic: string) => {
  const out = new Set<string>();
  for (const p of projectsOf.get(pic)!) for (const o of orgsOf.get(p)!) if (o !== pic) out.add(o);
  return out;
};
/** Organisations in between a firm and a lab: each took part in a project with each of them. */
function between(firm: string, lab: string): string[] {
  const nl = neighbours(lab);
  return [...neighbours(firm)].filter((o) => o !== lab && nl.has(o)).sort();
}

/**
 * Firm-lab pairs at distance 4, spread over the firms: both ends within the per-side project bound (so every
 * organisation in between must be found) and at most `maxOrgs` organisations in between.
 */
function pickPairs(n: number): Array<{ firm: string; lab: string }> {
  const small = (pic: string) => projectsOf.get(pic)!.size <= ORG_SEARCH.maxProjects;
  const firms = [...typeOf.keys()].filter((p) => typeOf.get(p) === 'PRC' && projectsOf.get(p)!.size >= 2 && small(p)).sort();
  const pairs: Array<{ firm: string; lab: string }> = [];
  for (let i = 0; i < n; i++) {
    for (let j = Math.floor((i * firms.length) / n); j < firms.length; j++) {
      const firm = firms[j]!;
      const direct = neighbours(firm);
      const labs = new Set<string>();
      for (const o of direct) for (const q of neighbours(o)) if (isLab(q) && !direct.has(q) && small(q)) labs.add(q);
      const lab = [...labs].sort().find((l) => shared(firm, l).length === 0 && between(firm, l).length <= ORG_SEARCH.maxOrgs);
      if (lab) {
        pairs.push({ firm, lab });
        break;
      }
    }
  }
  return pairs;
}

interface Tie {
  side: 'FROM' | 'TO';
  kind: string;
  type: string;
  via: { id: string } | null;
  year: number | null;
}
interface Out {
  kind: string;
  score: number;
  intermediaries: Array<{ id: string }>;
  reasonDetails: Array<{ code: string; zh: string; en: string }>;
  ties: Tie[];
  path: { nodes: Array<{ id: string }> };
}

async function bridges(from: string, to: string): Promise<Out[]> {
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en' },
    body: JSON.stringify({
      query: `query($from: ID!, $to: ID!) { bridges(from: $from, to: $to, limit: 100) {
        kind score intermediaries { id } reasonDetails { code zh en } ties { side kind type via { id } year } path { nodes { id } }
      } }`,
      variables: { from, to },
    }),
  });
  const body = (await res.json()) as { data?: { bridges: Out[] }; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!.bridges;
}

const org = (pic: string) => `cordis-org:${pic}`;
const project = (rcn: string) => `cordis-project:${rcn}`;
const vias = (b: Out, side: 'FROM' | 'TO') => [...new Set(b.ties.filter((t) => t.side === side).map((t) => t.via!.id))].sort();

/** The projects a reason names: the three most recent, oldest first, with their start years. */
function namedProjects(rcns: string[]): string {
  const recent = [...rcns]
    .sort((a, b) => startOf.get(b)!.localeCompare(startOf.get(a)!) || project(a).localeCompare(project(b)))
    .slice(0, 3)
    .reverse();
  return recent.map((r) => `“H2020 project ${r}” (${startOf.get(r)!.slice(0, 4)})`).join(', ');
}

describe.skipIf(!dir)('organisation bridges on CORDIS H2020', () => {
  withImportedApp(db, dir, MAPPING, (a) => (app = a), 900_000);

  it('names every organisation in between a firm and a lab at distance 4, with the projects of each side', async () => {
    const pairs = pickPairs(6);
    expect(pairs.length).toBe(6);
    for (const { firm, lab } of pairs) {
      const expected = between(firm, lab);
      expect(expected.length, `${firm}-${lab}`).toBeGreaterThan(0);
      const found = await bridges(org(firm), org(lab));
      // No people in CORDIS: every bridge is an organisation.
      expect(found.every((b) => b.kind === 'ORGANISATION')).toBe(true);
      expect(found.map((b) => b.intermediaries[0]!.id).sort(), `${firm}-${lab}`).toEqual(expected.map(org).sort());
      for (const b of found) {
        const o = b.intermediaries[0]!.id.slice('cordis-org:'.length);
        const fromProjects = shared(firm, o);
        const toProjects = shared(lab, o);
        expect(vias(b, 'FROM')).toEqual(fromProjects.map(project).sort());
        expect(vias(b, 'TO')).toEqual(toProjects.map(project).sort());
        for (const t of b.ties) {
          expect([t.kind, t.type]).toEqual(['PROJECT', 'PARTICIPATES_IN']);
          expect(t.year).toBe(Number(startOf.get(t.via!.id.slice('cordis-project:'.length))!.slice(0, 4)));
        }
        const [fromReason] = b.reasonDetails.filter((r) => r.code === 'TIE_FROM');
        const [toReason] = b.reasonDetails.filter((r) => r.code === 'TIE_TO');
        expect(fromReason!.en).toContain(namedProjects(fromProjects));
        expect(toReason!.en).toContain(namedProjects(toProjects));
        if (fromProjects.length > 3) expect(fromReason!.en).toContain(`and ${fromProjects.length - 3} more`);
        // The path runs firm → project → organisation → project → lab.
        const ids = b.path.nodes.map((n) => n.id);
        expect(ids).toHaveLength(5);
        expect([ids[0], ids[2], ids[4]]).toEqual([org(firm), b.intermediaries[0]!.id, org(lab)]);
        expect(fromProjects.map(project)).toContain(ids[1]);
        expect(toProjects.map(project)).toContain(ids[3]);
      }
      const scores = found.map((b) => b.score);
      expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    }
  });

  it('at a lab with more projects than the bound, names only true ties among its most recent projects', async () => {
    const hub = [...typeOf.keys()].filter(isLab).sort((a, b) => projectsOf.get(b)!.size - projectsOf.get(a)!.size || a.localeCompare(b))[0]!;
    expect(projectsOf.get(hub)!.size).toBeGreaterThan(ORG_SEARCH.maxProjects);
    const near = neighbours(hub);
    const firm = [...typeOf.keys()]
      .filter((p) => typeOf.get(p) === 'PRC' && !near.has(p) && projectsOf.get(p)!.size <= ORG_SEARCH.maxProjects)
      .sort()
      .find((p) => between(p, hub).length > 0)!;
    expect(firm).toBeDefined();
    const recent = [...projectsOf.get(hub)!].map((r) => startOf.get(r)!).sort().reverse();
    const cutoff = recent[ORG_SEARCH.maxProjects - 1]!;
    const exact = new Set(between(firm, hub).map(org));
    const found = await bridges(org(firm), org(hub));
    expect(found.length).toBeGreaterThan(0);
    for (const b of found) {
      const o = b.intermediaries[0]!.id;
      expect(exact.has(o)).toBe(true);
      const pic = o.slice('cordis-org:'.length);
      expect(vias(b, 'FROM')).toEqual(shared(firm, pic).map(project).sort());
      for (const v of vias(b, 'TO')) {
        const rcn = v.slice('cordis-project:'.length);
        expect(shared(hub, pic)).toContain(rcn);
        expect(startOf.get(rcn)! >= cutoff).toBe(true);
      }
    }
  });
});
