import 'server-only';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { toWinAnsi } from '../studio/render-svg';

// Studio maps as a vector PDF: A4 landscape, one page per map, drawn from the same SVG as the page
// preview and the PNG (lib/studio/render-svg.ts) by svg-to-pdfkit. The text stays text (selectable,
// searchable) in the standard font Helvetica; nothing is embedded, and no browser is involved.
// The student's export has one map, the teacher's class PDF one per handed-in map.

/** A4 landscape in PDF points. */
export const A4_LANDSCAPE = { width: 841.89, height: 595.28 } as const;

export type PdfMap = { svg: string; title: string };

/** The PDF of `maps`, one page each, with `title` as the document's Title. */
export function mapsToPdf(maps: PdfMap[], { title }: { title: string }): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margin: 0,
      autoFirstPage: false,
      compress: true,
      info: { Title: title, Creator: 'Klantreis', Producer: 'Klantreis (pdfkit)' },
      displayTitle: true,
      lang: 'nl-NL',
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => {
      const all = Buffer.concat(chunks);
      resolve(new Uint8Array(all.buffer, all.byteOffset, all.byteLength));
    });
    try {
      // An empty list still makes a valid PDF: one blank page.
      if (maps.length === 0) doc.addPage();
      for (const map of maps) {
        doc.addPage();
        // A bookmark per map, so a class PDF can be browsed by name.
        doc.outline.addItem(map.title);
        // The SVG is 842 × 595 in its own units (points): fill the page with it.
        // The standard fonts show WinAnsi only: other characters would vanish without a trace.
        SVGtoPDF(doc as unknown as Parameters<typeof SVGtoPDF>[0], toWinAnsi(map.svg), 0, 0, {
          width: A4_LANDSCAPE.width,
          height: A4_LANDSCAPE.height,
          preserveAspectRatio: 'xMidYMid meet',
          assumePt: true,
        });
      }
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
