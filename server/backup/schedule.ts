// Scheduled backups: with TB_BACKUP_DIR and TB_BACKUP_EVERY set, the server takes a backup into the folder every
// period (the first one period after start-up), keeps the newest TB_BACKUP_KEEP of its own files and deletes older
// ones. A failed backup is logged and retried at the next period; it never stops the server.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db.js';
import { backupFileName, listBackups, takeBackup, type BackupResult } from './backup.js';

export interface BackupSchedule {
  /** The newest backup in the folder (taken by this server or before), for /metrics. */
  lastBackupAt(): Date | undefined;
  lastResult(): BackupResult | Error | undefined;
  /** Takes a backup now (also what the timer calls); resolves when it is written and old ones are pruned. */
  runOnce(): Promise<BackupResult>;
  stop(): void;
}

export function startBackupSchedule(
  db: Db,
  settings: { dir: string; everySeconds: number; keep: number },
  log: (line: string) => void = (l) => console.log(l),
): BackupSchedule {
  let last: BackupResult | Error | undefined;
  let running: Promise<BackupResult> | undefined;
  const runOnce = () =>
    (running ??= (async () => {
      try {
        const result = await takeBackup(db, path.join(settings.dir, backupFileName()));
        last = result;
        for (const old of listBackups(settings.dir).slice(settings.keep)) fs.rmSync(old, { force: true });
        log(`talent-bridge: backup ${path.basename(result.file)}: ${result.nodes} nodes, ${result.relationships} ties, ${result.bytes} bytes in ${result.ms} ms`);
        return result;
      } catch (e) {
        last = e as Error;
        log(`talent-bridge: scheduled backup failed: ${(e as Error).message}`);
        throw e;
      } finally {
        running = undefined;
      }
    })());
  const timer = setInterval(() => void runOnce().catch(() => undefined), settings.everySeconds * 1000);
  timer.unref();
  return {
    lastBackupAt() {
      const newest = listBackups(settings.dir)[0];
      return newest ? fs.statSync(newest).mtime : undefined;
    },
    lastResult: () => last,
    runOnce,
    stop: () => clearInterval(timer),
  };
}
