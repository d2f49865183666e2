import 'server-only';
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

// PGlite is PostgreSQL in one process: two processes on one data folder each hand out the same ids
// and corrupt the files. So a process takes the folder with a lock file (created exclusively, holding
// its pid) before it opens the database, and a second process refuses to start.

export const LOCK_FILE = 'klantreis.lock';

export class FolderInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `De database in ${dir} is al in gebruik door een ander proces (pid ${pid}). ` +
        'Eén map met de ingebouwde database kan maar door één serverproces tegelijk worden gebruikt. ' +
        'Stop het andere proces, of gebruik PostgreSQL (zet DATABASE_URL) om meerdere processen te draaien. ' +
        `Weet je zeker dat er geen ander proces draait? Verwijder dan ${path.join(dir, LOCK_FILE)}.`,
    );
    this.name = 'FolderInUseError';
  }
}

/** Whether a process with this pid runs (and may be signalled by us, or exists under another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function create(file: string): boolean {
  try {
    const fd = openSync(file, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

const ownerOf = (file: string): number => {
  try {
    return Number.parseInt(readFileSync(file, 'utf8'), 10);
  } catch {
    return NaN;
  }
};

/**
 * Takes the data folder for this process, or throws FolderInUseError when a live process holds it.
 * A lock left by a process that died (a crash, kill -9) is taken over. Returns the release function.
 */
export function lockFolder(dir: string): () => void {
  const file = path.join(dir, LOCK_FILE);
  for (let tries = 0; tries < 2; tries++) {
    if (create(file)) {
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        if (ownerOf(file) === process.pid) unlinkSync(file);
      };
      process.on('exit', release);
      return release;
    }
    const owner = ownerOf(file);
    if (owner === process.pid) throw new FolderInUseError(dir, owner);
    if (Number.isSafeInteger(owner) && owner > 0 && alive(owner)) throw new FolderInUseError(dir, owner);
    // The owner is gone: remove its lock and try once more (another starting process may win that race).
    try {
      unlinkSync(file);
    } catch {
      // already removed by the other starter
    }
  }
  throw new FolderInUseError(dir, ownerOf(file));
}
