import 'server-only';
import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// PGlite is PostgreSQL in one process: two processes on one data folder each hand out the same ids
// and corrupt the files. So a process takes the folder with a lock file before it opens the
// database, and a second process refuses to start. The file names its owner by pid, the pid's start
// time and the machine's boot, so that a lock left by a crash is recognised as stale even when the
// restarted server gets the same pid (PID 1 in a container) or another program got the old one.

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

type Owner = { pid: number; start: string; boot: string };

const readOr = (file: string, fallback: string) => {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return fallback;
  }
};

/** When a process started (clock ticks since boot, Linux), or "" where that cannot be read. */
const startOf = (pid: number) => readOr(`/proc/${pid}/stat`, '').split(') ').at(-1)?.split(' ')[19] ?? '';
const boot = () => readOr('/proc/sys/kernel/random/boot_id', '');
const me = (): Owner => ({ pid: process.pid, start: startOf(process.pid), boot: boot() });

/** Folders this process holds now: a lock with our pid that is not in here is a previous run's. */
const held = new Set<string>();

function ownerOf(file: string): Owner | null {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as Owner;
    return Number.isSafeInteger(owner.pid) ? owner : null;
  } catch {
    return null;
  }
}

/** Whether the lock's owner is still the same running process. */
function running(owner: Owner): boolean {
  if (owner.pid === process.pid) return false; // ours from an earlier run: this run does not hold it (see `held`)
  if (owner.boot && boot() && owner.boot !== boot()) return false; // the machine restarted since
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // Alive: the same process only if it started when the lock says (another program may have the pid now).
  return !owner.start || !startOf(owner.pid) || owner.start === startOf(owner.pid);
}

/** Creates the lock file with its content in one step (a hard link of a finished file), or returns false. */
function create(file: string): boolean {
  const draft = `${file}.${process.pid}.tmp`;
  writeFileSync(draft, JSON.stringify(me()));
  try {
    linkSync(draft, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(draft);
  }
}

/**
 * Takes the data folder for this process, or throws FolderInUseError when another running process
 * holds it. A lock left by a process that is gone is taken over. Returns the release function.
 */
export function lockFolder(dir: string): () => void {
  const file = path.join(dir, LOCK_FILE);
  if (held.has(file)) throw new FolderInUseError(dir, process.pid);
  for (let tries = 0; tries < 2; tries++) {
    if (create(file)) {
      held.add(file);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        held.delete(file);
        process.off('exit', release);
        if (ownerOf(file)?.pid === process.pid) unlinkSync(file);
      };
      process.on('exit', release);
      return release;
    }
    const owner = ownerOf(file);
    if (owner && running(owner)) throw new FolderInUseError(dir, owner.pid);
    // Stale (or unreadable, which a finished file never is): remove it and try once more; of two
    // starters racing here, the hard link lets only one create the new lock.
    try {
      unlinkSync(file);
    } catch {
      // the other starter removed it first
    }
  }
  throw new FolderInUseError(dir, ownerOf(file)?.pid ?? 0);
}
