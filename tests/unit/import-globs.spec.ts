// What a mapping's `match` globs select: the meaning git, bash's globstar and picomatch give them (`**/` is zero or
// more whole folders, never the middle of a name), and that the shipped LDBC mapping sends each file LDBC's Datagen
// writes to the entry written for it now that `**/person_*_*.csv` no longer reaches into `post_hasCreator_person_0_0.csv`.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { globToRegExp, loadMapping } from '../../seed/import/mapping.js';
import { PROJECT_ROOT } from '../../server/config.js';

/** Which of `names` the glob selects, in the order given. */
const selected = (glob: string, names: string[]) => names.filter((n) => globToRegExp(glob).test(n));

describe('mapping globs', () => {
  it('reads **/ as zero or more whole folders', () => {
    expect(selected('**/a.csv', ['a.csv', 'x/a.csv', 'x/y/a.csv', 'xa.csv', 'x/ya.csv', 'a.csv/b', 'a.csvx'])).toEqual(['a.csv', 'x/a.csv', 'x/y/a.csv']);
    expect(selected('**/x*.csv', ['x1.csv', 'd/x1.csv', 'foo_x1.csv', 'd/foo_x1.csv'])).toEqual(['x1.csv', 'd/x1.csv']);
    expect(selected('**/person_*_*.csv', ['person_0_0.csv', 'dynamic/person_0_0.csv', 'post_hasCreator_person_0_0.csv', 'dynamic/forum_hasMember_person_0_0.csv'])).toEqual([
      'person_0_0.csv',
      'dynamic/person_0_0.csv',
    ]);
    // A pattern that starts with * still finds the word anywhere in the name.
    expect(selected('**/*organization*.csv', ['cordis/h2020organizations.csv', 'organization.csv', 'a/b/organization_x.csv', 'organization/x.csv'])).toEqual([
      'cordis/h2020organizations.csv',
      'organization.csv',
      'a/b/organization_x.csv',
    ]);
  });

  it('reads /**/ inside a glob as zero or more folders between the two', () => {
    expect(selected('data/**/a.csv', ['data/a.csv', 'data/x/a.csv', 'data/x/y/a.csv', 'a.csv', 'other/data/a.csv', 'data/xa.csv', 'dataa.csv'])).toEqual([
      'data/a.csv',
      'data/x/a.csv',
      'data/x/y/a.csv',
    ]);
  });

  it('reads a ** that is not a whole folder as any characters, folders included', () => {
    expect(selected('data/**', ['data/a.csv', 'data/x/a.csv', 'data', 'database/a.csv'])).toEqual(['data/a.csv', 'data/x/a.csv']);
    expect(selected('a**.csv', ['a.csv', 'ab.csv', 'a/b.csv', 'b/a.csv'])).toEqual(['a.csv', 'ab.csv', 'a/b.csv']);
    expect(selected('**', ['a.csv', 'x/y/a.csv'])).toEqual(['a.csv', 'x/y/a.csv']);
    // Three stars are the same globstar, not a globstar and a star that would need one more character.
    expect(selected('***/a.csv', ['a.csv', 'x/a.csv', 'xa.csv'])).toEqual(['a.csv', 'x/a.csv']);
  });

  it('keeps * and ? within one folder name', () => {
    expect(selected('*.csv', ['a.csv', '.csv', 'x/a.csv', 'a.csv.gz'])).toEqual(['a.csv', '.csv']);
    expect(selected('x/*.csv', ['x/a.csv', 'x/y/a.csv', 'a.csv'])).toEqual(['x/a.csv']);
    expect(selected('file?.csv', ['file1.csv', 'file.csv', 'file12.csv', 'file/.csv'])).toEqual(['file1.csv']);
    expect(selected('??.csv', ['ab.csv', 'a.csv', 'a/.csv'])).toEqual(['ab.csv']);
  });

  it('takes every other character literally', () => {
    expect(selected('h2020.csv.gz', ['h2020.csv.gz', 'h2020xcsv.gz', 'h2020.csv.gzip'])).toEqual(['h2020.csv.gz']);
    expect(selected('c++.csv', ['c++.csv', 'cc.csv', 'c.csv', 'ccc.csv'])).toEqual(['c++.csv']);
    expect(selected('report (1).csv', ['report (1).csv', 'report 1.csv'])).toEqual(['report (1).csv']);
    expect(selected('data[2024].csv', ['data[2024].csv', 'data2.csv', 'data0.csv'])).toEqual(['data[2024].csv']);
    expect(selected('{a,b}.csv', ['{a,b}.csv', 'a.csv', 'b.csv'])).toEqual(['{a,b}.csv']);
    expect(selected('a|b.csv', ['a|b.csv', 'a', 'b.csv'])).toEqual(['a|b.csv']);
    expect(selected('$x^.csv', ['$x^.csv', 'x.csv'])).toEqual(['$x^.csv']);
    expect(selected('!a.csv', ['!a.csv', 'b.csv'])).toEqual(['!a.csv']);
    expect(selected('a\\b.csv', ['a\\b.csv', 'ab.csv', 'a/b.csv'])).toEqual(['a\\b.csv']);
    expect(selected('技术人才*.xlsx', ['技术人才名单.xlsx', 'x/技术人才名单.xlsx'])).toEqual(['技术人才名单.xlsx']);
  });

  it('is case-sensitive and matches the whole path', () => {
    expect(selected('Person.csv', ['Person.csv', 'person.csv', 'x/Person.csv', 'Person.csv.bak'])).toEqual(['Person.csv']);
  });
});

describe('seed/mappings/ldbc-snb.json over the files LDBC Datagen writes', () => {
  const mapping = loadMapping(path.join(PROJECT_ROOT, 'seed', 'mappings', 'ldbc-snb.json'));
  /** The entry that reads a file, first match wins as in the import; 'skip', the kind of entry, or 'none'. */
  const reader = (name: string): string => {
    const spec = mapping.files.find((f) => (Array.isArray(f.match) ? f.match : [f.match]).some((g) => globToRegExp(g).test(name)));
    if (!spec) return 'none';
    if (spec.skip) return 'skip';
    if (spec.nodes) return `nodes ${spec.nodes.map((n) => String(n.id).split(':')[0]).join()}`;
    if (spec.relationships) return `relationships ${spec.relationships.map((r) => r.type).join()}`;
    return 'header';
  };
  // Datagen's CsvBasic file names (LDBC SNB Interactive v1), under social_network/static and /dynamic or flat.
  const expected: Record<string, string> = {
    person: 'nodes ldbc-person',
    organisation: 'nodes ldbc-org',
    place: 'nodes ldbc-place',
    person_knows_person: 'relationships knows',
    person_studyAt_organisation: 'relationships studyAt',
    person_workAt_organisation: 'relationships workAt',
    person_isLocatedIn_place: 'relationships LIVES_IN',
    organisation_isLocatedIn_place: 'relationships isLocatedIn',
    place_isPartOf_place: 'relationships isPartOf',
    person_email_emailaddress: 'skip',
    person_speaks_language: 'skip',
    person_hasInterest_tag: 'skip',
    person_likes_post: 'skip',
    person_likes_comment: 'skip',
    forum: 'skip',
    forum_hasMember_person: 'skip',
    forum_hasModerator_person: 'skip',
    forum_hasTag_tag: 'skip',
    forum_containerOf_post: 'skip',
    post: 'skip',
    post_hasCreator_person: 'skip',
    post_isLocatedIn_place: 'skip',
    post_hasTag_tag: 'skip',
    comment: 'skip',
    comment_hasCreator_person: 'skip',
    comment_isLocatedIn_place: 'skip',
    comment_replyOf_post: 'skip',
    comment_replyOf_comment: 'skip',
    comment_hasTag_tag: 'skip',
    tag: 'skip',
    tag_hasType_tagclass: 'skip',
    tagclass: 'skip',
    tagclass_isSubclassOf_tagclass: 'skip',
  };

  it.each(['', 'social_network/static/', 'social_network/dynamic/', 'x/'])('sends each file under "%s" to its entry', (folder) => {
    const names = Object.keys(expected).flatMap((base) => [`${folder}${base}_0_0.csv`, `${folder}${base}_12_3.csv`]);
    const got = Object.fromEntries(names.map((n) => [n, reader(n)]));
    expect(got).toEqual(Object.fromEntries(names.map((n) => [n, expected[path.basename(n).replace(/_\d+_\d+\.csv$/, '')]])));
  });

  it('still reads the reformatted copy by its exact names, and nothing of Datagen by them', () => {
    expect(['Person.csv', 'Person_knows_Person_1.csv', 'Tag_hasType_TagClass.csv', 'sub/Person.csv'].map(reader)).toEqual(['header', 'header', 'skip', 'none']);
  });
});
