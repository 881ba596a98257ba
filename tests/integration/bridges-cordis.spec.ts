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
import { bridgeVias, bridgesBetween, participationGraph } from './cordis-participations.js';

const dir = sharedDataset('cordis-h2020');
const MAPPING = path.join(PROJECT_ROOT, 'seed', 'mappings', 'cordis-h2020.json');
const db = testDb();
let app: App;

type Row = Record<string, string>;
const rows: Row[] = dir ? (parse(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'h2020.csv.gz'))), { columns: true }) as Row[]) : [];

// The participation graph, from the file.
const { typeOf, projectsOf, startOf, isLab, shared, neighbours, between, pickPairs } = participationGraph(
  rows.map((r) => ({ org: r.pic!, project: r.rcn!, type: r.type!, start: r.start_date! })),
);
const bridges = (from: string, to: string) => bridgesBetween(app, from, to);
const org = (pic: string) => `cordis-org:${pic}`;
const project = (rcn: string) => `cordis-project:${rcn}`;
const vias = bridgeVias;

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
