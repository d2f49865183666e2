import { inflateSync } from 'node:zlib';

// Reads what a test needs from a PDF made by pdfkit, without a PDF library: the pages (count and
// MediaBox), the document's Title, and each page's text. pdfkit writes its objects uncompressed and
// its content streams FlateDecode'd; text in the standard fonts is shown as hex strings in WinAnsi
// (`<48656c6c6f> Tj` or `[<4b6c> 20 <616e74>] TJ`). Enough for pdfkit's output, not for every PDF.

export type PdfPage = { mediaBox: number[]; text: string };
export type PdfInfo = { pages: PdfPage[]; title: string | null; version: string };

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
// WinAnsi is Latin-1 except for 0x80–0x9F. (Node's TextDecoder('windows-1252') decodes those as C1
// control characters, so the table is here.)
const WIN_ANSI_80 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const winAnsi = {
  decode: (bytes: Uint8Array) =>
    Array.from(bytes, (byte) => (byte >= 0x80 && byte <= 0x9f ? WIN_ANSI_80[byte - 0x80]! : String.fromCharCode(byte))).join(''),
};

type PdfObject = { dict: string; stream: Buffer | null };

/** Every `N 0 obj … endobj` of the file, by number, with its (inflated) stream. */
function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const objects = new Map<number, PdfObject>();
  const text = latin1(pdf);
  const pattern = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (const match of text.matchAll(pattern)) {
    const body = match[2]!;
    const streamAt = body.indexOf('stream');
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, streamAt);
    // The stream's bytes start after "stream\n" and run for /Length bytes.
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
    const start = match.index + match[0].indexOf('stream') + 'stream'.length;
    const offset = text[start] === '\r' ? start + 2 : start + 1;
    let bytes = pdf.subarray(offset, offset + length);
    if (/\/Filter \/FlateDecode/.test(dict)) bytes = inflateSync(bytes);
    objects.set(Number(match[1]), { dict, stream: bytes });
  }
  return objects;
}

/** A PDF string: literal (with escapes) or hex, as bytes. */
function stringBytes(token: string): Uint8Array {
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s+/g, '');
    return Uint8Array.from((hex.length % 2 ? `${hex}0` : hex).match(/../g) ?? [], (pair) => parseInt(pair, 16));
  }
  const inner = token.slice(1, -1).replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, escape: string) => {
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
    return simple[escape] ?? String.fromCharCode(parseInt(escape, 8));
  });
  return Uint8Array.from(inner, (char) => char.charCodeAt(0));
}

/** The text a content stream shows: one line per text object (BT … ET), strings joined. */
export function contentText(content: string): string {
  const lines: string[] = [];
  for (const block of content.matchAll(/BT([\s\S]*?)ET/g)) {
    let line = '';
    for (const shown of block[1]!.matchAll(/\[((?:[^\]\\]|\\.)*)\]\s*TJ|(<[0-9a-fA-F\s]*>|\((?:[^)\\]|\\.)*\))\s*Tj/g)) {
      const strings =
        shown[1] !== undefined ? [...shown[1].matchAll(/<[0-9a-fA-F\s]*>|\((?:[^)\\]|\\.)*\)/g)].map((m) => m[0]) : [shown[2]!];
      for (const token of strings) line += winAnsi.decode(stringBytes(token));
    }
    if (line) lines.push(line);
  }
  return lines.join('\n');
}

/** The pages (in order), the Title and the version of a PDF made by pdfkit. */
export function readPdf(data: Uint8Array): PdfInfo {
  const pdf = Buffer.from(data);
  const head = latin1(pdf.subarray(0, 16));
  const version = /^%PDF-(\d\.\d)/.exec(head)?.[1];
  if (!version) throw new Error('Geen PDF: de kop %PDF- ontbreekt.');
  const objects = readObjects(pdf);
  const root = [...objects.values()].find((object) => /\/Type \/Pages\b/.test(object.dict));
  const kids = [...(/\/Kids \[([^\]]*)\]/.exec(root?.dict ?? '')?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  const pages = kids.map((id) => {
    const page = objects.get(id)!;
    const mediaBox = (/\/MediaBox \[([^\]]*)\]/.exec(page.dict)?.[1] ?? '').trim().split(/\s+/).map(Number);
    const contents = [...(/\/Contents (\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) =>
      Number(m[1]),
    );
    const text = contents.map((ref) => contentText(latin1(objects.get(ref)?.stream ?? Buffer.alloc(0)))).join('\n');
    return { mediaBox, text };
  });
  const info = [...objects.values()].find((object) => /\/Producer|\/Creator/.test(object.dict));
  // The Title is a string in the Info dictionary, or a reference to an object holding one.
  const titleRef = /\/Title (\d+) 0 R/.exec(info?.dict ?? '')?.[1];
  const titleSource = titleRef
    ? (objects.get(Number(titleRef))?.dict ?? '')
    : (/\/Title\s*([\s\S]*)/.exec(info?.dict ?? '')?.[1] ?? '');
  const titleToken = /^\s*(<[0-9a-fA-F\s]*>|\((?:[^)\\]|\\.)*\))/.exec(titleSource)?.[1];
  return { pages, title: titleToken ? decodeTextString(stringBytes(titleToken)) : null, version };
}

/** A PDF text string: UTF-16BE with a byte order mark, or PDFDocEncoding (close to Latin-1). */
function decodeTextString(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return latin1(bytes);
}
