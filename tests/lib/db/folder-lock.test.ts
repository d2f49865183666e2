import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { FolderInUseError, LOCK_FILE, lockFolder } from '@/lib/db/folder-lock.server';

const children: ReturnType<typeof spawn>[] = [];
afterEach(() => children.splice(0).forEach((child) => child.kill('SIGKILL')));

const folder = () => mkdtempSync(path.join(tmpdir(), 'klantreis-lock-'));

test('a folder held by another live process is refused with a message that points to PostgreSQL', () => {
  const dir = folder();
  const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
  children.push(other);
  writeFileSync(path.join(dir, LOCK_FILE), String(other.pid));
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
  writeFileSync(path.join(dir, LOCK_FILE), String(dead.pid));
  const release = lockFolder(dir);
  expect(readFileSync(path.join(dir, LOCK_FILE), 'utf8')).toBe(String(process.pid));
  release();
});
