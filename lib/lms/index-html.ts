// TEMP stub (s16-pack): the player helper owns this file; the lead drops this commit at the merge.
import { PACKAGE_FILES, type PackageData } from './package';

/** TEMP stub: index.html of a package, with the data as JSON for the player. */
export function packageIndexHtml(data: PackageData): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>${data.title.replace(/[<&]/g, '')}</title>
<link rel="stylesheet" href="${PACKAGE_FILES.css}"></head>
<body><main id="klantreis"></main>
<script type="application/json" id="klantreis-pakket">${json}</script>
<script src="${PACKAGE_FILES.js}"></script></body></html>
`;
}
