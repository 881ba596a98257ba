// The GraphQL documents of importing in the web app (admins): the upload limit, checking uploaded files, committing
// a clean check, and following jobs. Files themselves go to POST /import/uploads (web/src/core/import/upload.ts).
// Names start with Import.

const JOB_FIELDS = `id kind status actor files mapping checkId commitId startedAt finishedAt stage rowsDone rowsTotal
  rowsPerSecond etaSeconds problemCount error
  problems { file line column message }
  summary { dryRun rows nodesWritten relationshipsWritten newNodes existingNodes filled differing elapsedMs stoppedAt
    nodes { name count } relationships { name count } files { file kind rows } }`;

export const IMPORT_LIMIT = `query ImportLimit { importUploadLimit }`;

export const IMPORT_JOBS = `query ImportJobs { importJobs { ${JOB_FIELDS} } }`;

export const IMPORT_CHECK = `mutation ImportCheck($uploads: [ID!]!, $mapping: ID) { checkImport(uploads: $uploads, mapping: $mapping) { ${JOB_FIELDS} } }`;

export const IMPORT_COMMIT = `mutation ImportCommit($check: ID!) { commitImport(check: $check) { ${JOB_FIELDS} } }`;
