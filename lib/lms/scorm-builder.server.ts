import 'server-only';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Builder from './scorm-package.server';

// The package builder renders lessons and items with react-dom/server, which Next refuses in a
// route handler ("You're importing a component that imports react-dom/server"). So the teacher's
// download routes do not import it: on the first download, esbuild (a server package already, for
// the lessons' MDX) bundles lib/lms/scorm-package.server.ts with its components into .next/cache,
// and the route loads that file with Node's own import. It holds code only: the content (and the
// toetsbank) goes in as data at request time. The export script bundles the same module its own way.

export type ScormBuilder = typeof Builder;

let loaded: Promise<ScormBuilder> | undefined;

/** The package builder, bundled once per server process (anew per call in development, so edits show). */
export function loadScormBuilder(root = process.cwd()): Promise<ScormBuilder> {
  if (process.env.NODE_ENV === 'development' || !loaded) loaded = bundleBuilder(root);
  const current = loaded;
  current.catch(() => {
    if (loaded === current) loaded = undefined;
  });
  return current;
}

async function bundleBuilder(root: string): Promise<ScormBuilder> {
  const { build } = await import('esbuild');
  const outDir = path.join(/*turbopackIgnore: true*/ root, '.next', 'cache', 'klantreis-scorm');
  await mkdir(outDir, { recursive: true });
  // A new name per bundle: Node caches a module by its URL.
  const outFile = path.join(/*turbopackIgnore: true*/ outDir, `builder-${process.pid}-${Date.now()}.mjs`);
  await build({
    entryPoints: [path.join(/*turbopackIgnore: true*/ root, 'lib', 'lms', 'scorm-package.server.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: outFile,
    jsx: 'automatic',
    // React, react-dom/server, mdx-bundler and the Markdown packages come from node_modules (found
    // from .next/cache by walking up), as in any Node program; our own code is bundled.
    packages: 'external',
    alias: { '@': root },
    loader: { '.css': 'local-css' },
    plugins: [
      {
        name: 'server-only-is-fine-here',
        setup(build) {
          build.onResolve({ filter: /^server-only$/ }, () => ({ path: 'server-only', namespace: 'empty' }));
          build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '', loader: 'js' }));
        },
      },
    ],
    logLevel: 'error',
  });
  return (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ pathToFileURL(outFile).href)) as ScormBuilder;
}
