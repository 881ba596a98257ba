// The 20 relationship import queries differ only in the type MERGE needs as fixed text: each file must be the
// template with its type filled in, every model type must have its file, and no file may name a type the model
// does not have (the writer picks files by the model's allow-list).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REL_TYPES } from '../../server/model/model.js';
import { CYPHER_DIR, REL_QUERY_TEMPLATE, relQueryFile, renderRelQuery } from '../../seed/import/rel-queries.js';

const HOW_TO_FIX = 'edit cypher/importRelationships.template and run `npx tsx seed/import/rel-queries.ts`';

describe('relationship import queries', () => {
  const template = fs.readFileSync(REL_QUERY_TEMPLATE, 'utf8');

  it('has a template that names the type where MERGE needs it and carries values only as parameters', () => {
    expect(template).toMatch(/MERGE \(a\)-\[r:\{\{TYPE\}\}\]->\(b\)/);
    expect(template).toContain('$rows');
    expect(template).toContain('$keys');
  });

  it.each(REL_TYPES.map((t) => [t]))('importRelationships_%s.cypher is the template for its type', (type) => {
    const file = relQueryFile(type);
    expect(fs.existsSync(file), `${file} is missing: ${HOW_TO_FIX}`).toBe(true);
    expect(fs.readFileSync(file, 'utf8'), `${file} differs from the template: ${HOW_TO_FIX}`).toBe(renderRelQuery(template, type));
  });

  it('has no file for a type outside the model', () => {
    const types = fs
      .readdirSync(CYPHER_DIR)
      .filter((f) => /^importRelationships_.*\.cypher$/.test(f))
      .map((f) => f.slice('importRelationships_'.length, -'.cypher'.length))
      .sort();
    expect(types).toEqual([...REL_TYPES].sort());
  });
});
