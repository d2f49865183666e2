// index.html of a SCORM package: the page the LMS opens. Pure. It links only the player's two files,
// relatively, and carries the package's data as JSON. A lesson's text is in the page itself, readable
// before (and without) JavaScript; the player mounts the exercises into its <div data-oefening> slots.
// The empty icon keeps a browser from asking the server for /favicon.ico: a package requests nothing.
import { PACKAGE_FILES, type PackageData } from './package';
import { escapeXml } from './xml';

/** The id of the <script type="application/json"> that holds the PackageData. */
export const DATA_ELEMENT_ID = 'klantreis-pakket';
/** The element the player renders into. */
export const ROOT_ELEMENT_ID = 'klantreis';

/**
 * JSON that is safe inside a <script> element: every "<" is written \u003c, so neither "</script"
 * nor "<!--" can end or change the element; U+2028 and U+2029 are escaped for old parsers.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The package's index.html. */
export function packageIndexHtml(data: PackageData): string {
  const title = escapeXml(data.title);
  const body =
    data.kind === 'les' && data.lessonHtml !== null
      ? `<article class="kr-lesson" data-les>\n${data.lessonHtml}\n</article>`
      : `<p class="kr-noscript" data-laden>De vragen laden. Lukt dat niet? Zet JavaScript aan in je browser.</p>`;
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${PACKAGE_FILES.css}">
</head>
<body>
<main id="${ROOT_ELEMENT_ID}" class="kr-page" data-soort="${data.kind}">
<h1>${title}</h1>
<div data-status></div>
${body}
<div data-afronden></div>
</main>
<script type="application/json" id="${DATA_ELEMENT_ID}">${scriptJson(data)}</script>
<script src="${PACKAGE_FILES.js}"></script>
</body>
</html>
`;
}
