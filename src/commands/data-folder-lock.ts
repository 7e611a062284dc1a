import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CinematicAdsError } from '../contract/errors.ts';

export const lockFileName = 'cinematicads.pid';

/**
 * One serving process per data folder: two would both resume the same interrupted jobs and render
 * them twice. `serve` and `mcp` take the folder by writing their pid with O_EXCL; a lock whose
 * process is gone (a crash, a SIGKILL) is taken over. Operators' `admin` commands need no lock:
 * they never run jobs.
 */
export function lockDataFolder(dataDir: string, what: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, lockFileName);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isRunning(holder)) {
        throw new CinematicAdsError(
          'conflict',
          `Another CinematicAds process (pid ${holder}) is serving ${dataDir}; stop it first, or use its /mcp, before starting ${what} on this folder`,
        );
      }
      rmSync(file, { force: true }); // left by a process that no longer runs
    }
  }
  throw new CinematicAdsError('conflict', `Could not take ${file}: another process keeps creating it`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
