// Shared by the archive import specs (import-zip, import-tar): a served product with an upload folder of its own,
// an admin client, and the CORDIS organisations slice with the counts worked out from it (csv-parse), independently
// of the importer. Registers its hooks (testDb, servedProduct) in the spec that calls it, at the top level.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { testDb } from '../support/db.js';
import { gqlClient } from '../support/gql.js';
import { servedProduct } from '../support/served.js';
import { sharedDataset } from '../support/shared-data.js';
import { TOKENS } from '../support/trust-fixture.js';

export const CORDIS_SLICE = 'h2020_organizations_out_formatted_latest.csv';

export function cordisArchiveFixture(prefix: string) {
  const dir = sharedDataset('cordis-h2020');
  const db = testDb();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const uploadDir = path.join(work, 'uploads');
  const product = servedProduct(db, {
    env: () => ({ TB_RATE_LIMIT_PER_MINUTE: '100000', TB_UPLOAD_DIR: uploadDir, TB_UPLOAD_MAX_BYTES: String(8 * 2 ** 20) }),
    folders: [work],
  });
  const api = { fetch: (_url: string, init: RequestInit) => fetch(`${product.running.url}/graphql`, init) };
  const admin = gqlClient(api, { token: TOKENS.admin });
  const organization = dir ? fs.readFileSync(path.join(dir, CORDIS_SLICE)) : Buffer.alloc(0);
  const rows = parse(organization, { columns: true }) as Array<Record<string, string>>;
  const expected = {
    typeOf: new Map(rows.map((r) => [r.organisationID!, r.activityType!])),
    projects: new Set(rows.map((r) => r.projectID)).size,
    participations: new Set(rows.map((r) => `${r.organisationID}>${r.projectID}`)).size,
  };
  return { dir, db, work, uploadDir, product, admin, organization, rows, expected };
}
