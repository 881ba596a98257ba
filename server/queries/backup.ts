// Queries of backup and restore (server/backup/) and of the write gate that makes a backup consistent (server/db.ts).
export const BACKUP_QUERIES = [
  'writeGateCreate',
  'writeGateShared',
  'writeGateExclusive',
  'backupNodes',
  'backupRelationships',
  'restoreNodes',
  'restoreRelationships',
  'restoreWipe',
] as const;
