import 'server-only';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseBankFile } from '../content/bank';
import type { Exercise } from '../scoring/schema';
import type { ExportBank } from './bank-export';

// The banks and the lessons' titles straight from content/, without compiling the lessons: for
// `npm run export:bank` (scripts/export-bank.mjs) and the export tests. The site itself uses the
// checked course (lib/content/course.server.ts, toetsbank.server.ts). Server-only: it reads the toetsbank.

const FOLDER: Record<ExportBank, string> = { toetsbank: 'toetsbank', oefenbank: 'exercises' };

/** Every exercise of one bank, file by file in name order, each file checked against the bank schema. */
export async function readBank(bank: ExportBank, root = process.cwd()): Promise<Exercise[]> {
  const dir = path.join(root, 'content', FOLDER[bank]);
  const names = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
  const files = await Promise.all(
    names.map(async (name) =>
      parseBankFile(path.join('content', FOLDER[bank], name), await readFile(path.join(dir, name), 'utf8')),
    ),
  );
  return files.flat();
}

/** Each lesson's slug (from "NN-slug.mdx"), title and order (from its frontmatter). */
export async function readLessonHeads(root = process.cwd()): Promise<{ slug: string; title: string; order: number }[]> {
  const dir = path.join(root, 'content', 'lessons');
  const names = (await readdir(dir)).filter((name) => /^\d+-.+\.mdx$/.test(name)).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(path.join(dir, name), 'utf8');
      const head = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
      const field = (key: string) =>
        new RegExp(`^${key}:\\s*(.+)$`, 'm')
          .exec(head)?.[1]
          ?.trim()
          .replace(/^["']|["']$/g, '') ?? '';
      return { slug: name.replace(/^\d+-/, '').replace(/\.mdx$/, ''), title: field('title'), order: Number(field('order')) };
    }),
  );
}
