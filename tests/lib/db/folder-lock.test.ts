import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { FolderInUseError, LOCK_FILE, lockFolder } from '@/lib/db/folder-lock.server';

const children: ReturnType<typeof spawn>[] = [];
afterEach(() => children.splice(0).forEach((child) => child.kill('SIGKILL')));

const folder = () => mkdtempSync(path.join(tmpdir(), 'klantreis-lock-'));
const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').trim() : '');
const startOf = (pid: number) => read(`/proc/${pid}/stat`).split(') ').at(-1)?.split(' ')[19] ?? '';
const bootId = () => read('/proc/sys/kernel/random/boot_id');

test('a folder held by another live process is refused with a message that points to PostgreSQL', async () => {
  const dir = folder();
  const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
  children.push(other);
  await new Promise((resolve) => other.once('spawn', resolve));
  writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: other.pid, start: startOf(other.pid!), boot: bootId() }));
  expect(() => lockFolder(dir)).toThrow(FolderInUseError);
  expect(() => lockFolder(dir)).toThrow(/al in gebruik door een ander proces \(pid \d+\).*PostgreSQL \(zet DATABASE_URL\)/);
});

test('this process cannot take the folder twice', () => {
  const dir = folder();
  const release = lockFolder(dir);
  expect(() => lockFolder(dir)).toThrow(FolderInUseError);
  release();
  expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
});

test('a lock left by a process that died (kill -9) is taken over', async () => {
  const dir = folder();
  const dead = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => dead.on('exit', resolve));
  writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: dead.pid, start: '1', boot: bootId() }));
  const release = lockFolder(dir);
  expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
  release();
});

test('after a crash, a restart with the same pid (PID 1 in a container) takes its own stale lock', () => {
  const dir = folder();
  writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, start: '1', boot: bootId() }));
  const release = lockFolder(dir);
  release();
});

test('a pid that another program got after a reboot, or after the owner died, does not hold the folder', async () => {
  const dir = folder();
  const unrelated = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
  children.push(unrelated);
  await new Promise((resolve) => unrelated.once('spawn', resolve));
  // Same pid, but it started at another time than the lock says: another program.
  writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: unrelated.pid, start: '12', boot: bootId() }));
  lockFolder(dir)();
  // Same pid and start, but written before the machine restarted.
  writeFileSync(
    path.join(dir, LOCK_FILE),
    JSON.stringify({ pid: unrelated.pid, start: startOf(unrelated.pid!), boot: 'een-andere-boot' }),
  );
  lockFolder(dir)();
});
