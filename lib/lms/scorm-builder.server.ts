import 'server-only';
import { mkdir, rm } from 'node:fs/promises';
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
    // CommonJS packages inside the bundle (mdx-bundler's client) require() their own dependencies.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    alias: { '@': root },
    loader: { '.css': 'local-css' },
    plugins: [
      {
        name: 'packages-from-node-modules',
        setup(build) {
          // server-only guards Next's bundles; here it is an empty module.
          build.onResolve({ filter: /^server-only$/ }, () => ({ path: 'server-only', namespace: 'empty' }));
          build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '', loader: 'js' }));
          // Packages stay in node_modules (found by walking up from .next/cache), except mdx-bundler's
          // client, which Node's ESM loader cannot import by its folder name: that one is bundled.
          build.onResolve({ filter: /^[^./@]|^@[^/]+\/[^/]/ }, (args) =>
            args.path === 'mdx-bundler/client' ? undefined : { path: args.path, external: true },
          );
        },
      },
    ],
    logLevel: 'error',
  });
  try {
    return (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ pathToFileURL(outFile).href)) as ScormBuilder;
  } finally {
    // Loaded, Node keeps it in memory: the files can go (esbuild also wrote the modules' CSS beside it).
    await rm(outFile, { force: true });
    await rm(outFile.replace(/\.mjs$/, '.css'), { force: true });
  }
}
