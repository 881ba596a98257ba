// The GraphQL documents of importing in the web app (admins): the upload limit, the shipped mappings that fit the
// uploaded files, checking uploaded files, committing a clean check, and following jobs. Files themselves go to POST /import/uploads (web/src/core/import/upload.ts).
// Names start with Import.

const JOB_FIELDS = `id kind status actor files mapping checkId commitId startedAt finishedAt stage rowsDone rowsTotal
  rowsPerSecond etaSeconds problemCount error
  problems { file line column message }
  summary { dryRun rows nodesWritten relationshipsWritten newNodes existingNodes existingTies filled differing differences { subject property stored incoming at } elapsedMs stoppedAt ignoredFiles
    nodes { name count } relationships { name count } files { file kind rows } }`;

export const IMPORT_LIMIT = `query ImportLimit { importUploadLimit }`;

export const IMPORT_JOBS = `query ImportJobs { importJobs { ${JOB_FIELDS} } }`;

export const IMPORT_MAPPINGS = `query ImportMappings { importMappings { id name description } }`;

export const IMPORT_SUGGEST = `query ImportSuggest($uploads: [ID!]!) {
  suggestImportMappings(uploads: $uploads) {
    mapping { id name description }
    score
    files { file entry skipped sheet headerLine encoding found missing problem }
  }
}`;

export const IMPORT_CHECK = `mutation ImportCheck($uploads: [ID!]!, $mapping: ID, $shippedMapping: ID) {
  checkImport(uploads: $uploads, mapping: $mapping, shippedMapping: $shippedMapping) { ${JOB_FIELDS} }
}`;

export const IMPORT_COMMIT = `mutation ImportCommit($check: ID!) { commitImport(check: $check) { ${JOB_FIELDS} } }`;
