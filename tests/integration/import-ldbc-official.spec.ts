// LDBC SNB files as LDBC's own Hadoop Datagen writes them (person_0_0.csv..., plain headers with repeated names
// such as Person.id|Person.id, lower-case types, ISO or epoch-millisecond dates), written here from the shared SF0.1
// copy, import with the shipped ldbc-snb.json into exactly the graph the shared copy gives: the same counts per
// label and type and the same checksum over every node and relationship with its properties. Forum, post, comment
// and tag files beside them are not read, and the web import's suggestion for either layout is ldbc-snb.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDirectory } from '../../seed/import/importer.js';
import { suggestMappings, type FitFile } from '../../seed/import/mapping-fit.js';
import { PROJECT_ROOT } from '../../server/config.js';
import { resetGraph, testDb } from '../support/db.js';
import { sharedDataset } from '../support/shared-data.js';
import { graphChecksum, type GraphChecksum } from './import-graph.js';

const dir = sharedDataset('ldbc-snb-sf0.1');
const MAPPINGS = path.join(PROJECT_ROOT, 'seed', 'mappings');
const MAPPING = path.join(MAPPINGS, 'ldbc-snb.json');
const db = testDb();

type Row = string[];
/** A shared file's rows without its header, as lists of cells (csv-parse, not the importer's reader). */
const rows = (file: string): Row[] => (parse(fs.readFileSync(path.join(dir!, file)), { delimiter: '|' }) as Row[]).slice(1);

/** How Datagen writes a date and a date-time: its default formatter, or the LongDateFormatter's epoch milliseconds. */
interface Formatter {
  day: (yyyymmdd: string) => string;
  time: (yyyymmddHHmmssSSS: string) => string;
}
const utc = (t: string) => Date.UTC(+t.slice(0, 4), +t.slice(4, 6) - 1, +t.slice(6, 8), +(t.slice(8, 10) || 0), +(t.slice(10, 12) || 0), +(t.slice(12, 14) || 0), +(t.slice(14, 17) || 0));
const ISO: Formatter = {
  day: (t) => `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}`,
  time: (t) => `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}T${t.slice(8, 10)}:${t.slice(10, 12)}:${t.slice(12, 14)}.${t.slice(14, 17)}+0000`,
};
const LONG: Formatter = { day: (t) => String(utc(t)), time: (t) => String(utc(t)) };

interface Layout {
  /** Folders of the static and dynamic files under the import folder ('' for a flat layout). */
  staticDir: string;
  dynamicDir: string;
  /** CsvComposite: Person carries language and email as ';'-separated lists. */
  composite: boolean;
  dates: Formatter;
}

/** Writes the shared SF0.1 copy in Datagen's own layout under `root`; returns the paths written, relative to it. */
function writeOfficial(root: string, layout: Layout): string[] {
  const written: string[] = [];
  const put = (folder: string, name: string, header: string, body: Row[]) => {
    const rel = path.join(folder, `${name}_0_0.csv`);
    fs.mkdirSync(path.join(root, folder), { recursive: true });
    fs.writeFileSync(path.join(root, rel), [header, ...body.map((r) => r.join('|'))].join('\n') + '\n');
    written.push(rel);
  };
  const { staticDir: st, dynamicDir: dy, dates } = layout;
  const persons = rows('Person.csv');
  const personHeader = 'id|firstName|lastName|gender|birthday|creationDate|locationIP|browserUsed';
  put(
    dy,
    'person',
    layout.composite ? `${personHeader}|language|email` : personHeader,
    persons.map(([id, first, last, gender, birthday, created, ip, browser]) => {
      const base = [id!, first!, last!, gender!, dates.day(birthday!), dates.time(created!), ip!, browser!];
      return layout.composite ? [...base, 'en;zh', `${first}${id}@gmail.com;${first}${id}@yahoo.com`] : base;
    }),
  );
  put(st, 'organisation', 'id|type|name|url', rows('Organisation.csv').map(([id, label, name, url]) => [id!, label!.toLowerCase(), name!, url!]));
  put(st, 'place', 'id|name|url|type', rows('Place.csv').map(([id, name, url, label]) => [id!, name!, url!, label!.toLowerCase()]));
  put(st, 'place_isPartOf_place', 'Place.id|Place.id', rows('Place_isPartOf_Place.csv'));
  put(st, 'organisation_isLocatedIn_place', 'Organisation.id|Place.id', rows('Organisation_isLocatedIn_Place.csv'));
  put(st, 'tag', 'id|name|url', rows('Tag.csv'));
  put(st, 'tagclass', 'id|name|url', rows('TagClass.csv'));
  put(st, 'tag_hasType_tagclass', 'Tag.id|TagClass.id', rows('Tag_hasType_TagClass.csv'));
  put(st, 'tagclass_isSubclassOf_tagclass', 'TagClass.id|TagClass.id', rows('TagClass_isSubclassOf_TagClass.csv'));
  // Datagen writes one file per reducer: the two halves of knows as person_knows_person_0_0 and _1_0.
  put(dy, 'person_knows_person', 'Person.id|Person.id|creationDate', rows('Person_knows_Person.csv').map(([a, b, c]) => [a!, b!, dates.time(c!)]));
  const second = path.join(root, dy, 'person_knows_person_1_0.csv');
  fs.writeFileSync(second, ['Person.id|Person.id|creationDate', ...rows('Person_knows_Person_1.csv').map(([a, b, c]) => `${a}|${b}|${dates.time(c!)}`)].join('\n') + '\n');
  written.push(path.relative(root, second));
  put(dy, 'person_studyAt_organisation', 'Person.id|Organisation.id|classYear', rows('Person_studyAt_Organisation.csv'));
  put(dy, 'person_workAt_organisation', 'Person.id|Organisation.id|workFrom', rows('Person_workAt_Organisation.csv'));
  put(dy, 'person_isLocatedIn_place', 'Person.id|Place.id', rows('Person_isLocatedIn_Place.csv'));
  put(dy, 'person_hasInterest_tag', 'Person.id|Tag.id', rows('Person_hasInterest_Tag.csv'));
  // What the shared copy lacks, in Datagen's shape: files whose names end in person_/place_ but hold no persons.
  const [p1, p2] = [persons[0]![0]!, persons[1]![0]!];
  const when = dates.time('20120101000000000');
  put(dy, 'forum', 'id|title|creationDate', [['7', `Wall of ${p1}`, when]]);
  put(dy, 'forum_hasMember_person', 'Forum.id|Person.id|joinDate', [['7', p2, when]]);
  put(dy, 'forum_hasModerator_person', 'Forum.id|Person.id', [['7', p1]]);
  put(dy, 'post', 'id|imageFile|creationDate|locationIP|browserUsed|language|content|length', [['9', '', when, '1.2.3.4', 'Firefox', 'en', 'hello', '5']]);
  put(dy, 'post_hasCreator_person', 'Post.id|Person.id', [['9', p1]]);
  put(dy, 'post_isLocatedIn_place', 'Post.id|Place.id', [['9', '0']]);
  put(dy, 'comment_hasCreator_person', 'Comment.id|Person.id', [['11', p2]]);
  put(dy, 'person_likes_post', 'Person.id|Post.id|creationDate', [[p2, '9', when]]);
  if (!layout.composite) {
    put(dy, 'person_email_emailaddress', 'Person.id|email', [[p1, 'a@b.c']]);
    put(dy, 'person_speaks_language', 'Person.id|language', [[p1, 'en']]);
  }
  return written;
}

describe.skipIf(!dir)('import of LDBC SNB as Datagen writes it, with seed/mappings/ldbc-snb.json', () => {
  let reference: GraphChecksum;
  const scratch: string[] = [];

  beforeAll(async () => {
    await resetGraph(db);
    const report = await importDirectory(db, dir!, { mapping: MAPPING });
    expect(report.status).toBe('ok');
    reference = await graphChecksum(db);
  }, 600_000);
  afterAll(async () => {
    for (const d of scratch) fs.rmSync(d, { recursive: true, force: true });
    await db.close();
  });

  it('the reference graph holds what the shared files hold', () => {
    // Counted from the CSV files, so that two empty imports cannot pass as equal graphs.
    expect(reference.labels.Person).toBe(rows('Person.csv').length);
    expect(reference.types.KNOWS).toBe(rows('Person_knows_Person.csv').length + rows('Person_knows_Person_1.csv').length);
    expect(reference.types.WORKS_AT).toBe(rows('Person_workAt_Organisation.csv').length);
    expect(reference.labels.Region).toBe(rows('Place.csv').filter((r) => r[3] !== 'Continent').length);
  });

  const layouts: Array<[string, Layout]> = [
    ['social_network/static + dynamic, CsvComposite, default date formatter', { staticDir: 'social_network/static', dynamicDir: 'social_network/dynamic', composite: true, dates: ISO }],
    ['flat, CsvBasic, LongDateFormatter (epoch milliseconds)', { staticDir: '', dynamicDir: '', composite: false, dates: LONG }],
  ];
  for (const [title, layout] of layouts) {
    it(`${title}: the same graph as the shared copy`, async () => {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ldbc-official-'));
      scratch.push(root);
      const written = writeOfficial(root, layout);
      await resetGraph(db);
      const report = await importDirectory(db, root, { mapping: MAPPING });
      expect(report.status).toBe('ok');
      expect(report.badCount).toBe(0);
      const got = await graphChecksum(db);
      expect(got.labels).toEqual(reference.labels);
      expect(got.types).toEqual(reference.types);
      expect(got.hash).toBe(reference.hash);
      // The web import suggests this mapping for these files, named as uploaded (base names), every file handled.
      const files: FitFile[] = written.map((rel) => ({ name: path.basename(rel), path: path.join(root, rel) }));
      const [best] = await suggestMappings(MAPPINGS, files);
      expect(best?.id).toBe('ldbc-snb');
      expect(best?.files.filter((f) => !f.fits).map((f) => f.file)).toEqual([]);
      expect(best?.files.filter((f) => f.skipped).map((f) => f.file).sort()).toEqual(
        written.map((rel) => path.basename(rel)).filter((n) => /^(forum|post|comment|tag)|_(tag|post|emailaddress|language)_0_0/.test(n)).sort(),
      );
    }, 600_000);
  }

  it('suggests ldbc-snb for the shared (reformatted) copy too', async () => {
    const names = fs.readdirSync(dir!).filter((n) => n.endsWith('.csv'));
    const [best] = await suggestMappings(MAPPINGS, names.map((n) => ({ name: n, path: path.join(dir!, n) })));
    expect(best?.id).toBe('ldbc-snb');
    expect(best?.files.every((f) => f.fits)).toBe(true);
  }, 120_000);
});
