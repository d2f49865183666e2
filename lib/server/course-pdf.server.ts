import 'server-only';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { DiagramPrint, PrintTable } from '../content/diagram-print';
import type { GlossaryEntry } from '../content/glossary';
import type { LessonBlock, Run } from '../content/lesson-blocks';
import { keyTermsOf, summaryDiagramOf, summaryTitle } from '../content/summary';
import { toWinAnsi } from '../studio/render-svg';

// The course as one handout (/cursus.pdf, made once at build time): a title page, a table of contents
// with page numbers that link to their section, every lesson (headings, paragraphs, lists, bold and
// italic, diagrams as vector graphics; exercises left out: they live on the site), then every
// lesson's summary card. A4 portrait, pdfkit's standard fonts (Helvetica, WinAnsi: ë, é, ’ and –
// come out right, and the text stays selectable), page numbers in the footer, bookmarks per section.

export type CoursePdfLesson = {
  slug: string;
  title: string;
  order: number;
  description: string;
  objectives: readonly string[];
  termIds: readonly string[];
  diagramIds: readonly string[];
  blocks: readonly LessonBlock[];
};

export type CoursePdfInput = {
  lessons: readonly CoursePdfLesson[];
  glossary: readonly GlossaryEntry[];
  /** A diagram for paper by its id (components/diagrams/diagram-print.tsx). */
  diagramOf: (id: string) => DiagramPrint | null;
};

/** A table-of-contents entry: its title and the (1-based) page it starts on. */
export type CoursePdfSection = { title: string; page: number; level: 1 | 2 };

export type CoursePdf = { pdf: Uint8Array; sections: CoursePdfSection[]; pageCount: number };

const PAGE = { width: 595.28, height: 841.89 } as const;
const MARGIN = { top: 56, bottom: 64, left: 62, right: 62 } as const;
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;
const INK = '#1d1f24';
const MUTED = '#5a5f6b';
const ACCENT = '#0b6e6e';
const SOFT = '#e0f0ef';
const LINE = '#c9c4b8';
const BODY = 10.5;

const FONTS = {
  regular: 'Helvetica',
  bold: 'Helvetica-Bold',
  italic: 'Helvetica-Oblique',
  boldItalic: 'Helvetica-BoldOblique',
} as const;
const fontOf = (run: { bold?: boolean; italic?: boolean }) =>
  run.bold && run.italic ? FONTS.boldItalic : run.bold ? FONTS.bold : run.italic ? FONTS.italic : FONTS.regular;

/** Text the standard fonts can show (WinAnsi); anything else would silently vanish. */
const t = (text: string) => toWinAnsi(text);

type Doc = PDFKit.PDFDocument;

/** Builds the course PDF; `sections` are the table of contents as printed (for tests and the report). */
export function coursePdf(input: CoursePdfInput): Promise<CoursePdf> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      autoFirstPage: false,
      compress: true,
      info: {
        Title: 'Klantreis – de cursus als hand-out',
        Author: 'Klantreis',
        Creator: 'Klantreis',
        Producer: 'Klantreis (pdfkit)',
      },
      displayTitle: true,
      lang: 'nl-NL',
    });
    const chunks: Buffer[] = [];
    let result: Omit<CoursePdf, 'pdf'> | undefined;
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => {
      const all = Buffer.concat(chunks);
      resolve({ pdf: new Uint8Array(all.buffer, all.byteOffset, all.byteLength), ...result! });
    });
    try {
      result = draw(doc, input);
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

type Entry = { title: string; level: 1 | 2; destination: string; page: number };

function draw(doc: Doc, input: CoursePdfInput): Omit<CoursePdf, 'pdf'> {
  titlePage(doc, input);

  // The contents come second but are written last, once every section's page is known; each entry
  // is one line, so its pages can be reserved now.
  const entries: Entry[] = [];
  const plannedEntries = input.lessons.length * 2 + 1;
  const tocPages = Math.max(1, Math.ceil((plannedEntries * 22 + 60) / (BOTTOM - MARGIN.top)));
  const tocStart = doc.bufferedPageRange().count;
  for (let i = 0; i < tocPages; i++) doc.addPage();

  const start = (title: string, level: 1 | 2, destination: string, outline: PDFKit.PDFOutline) => {
    doc.addNamedDestination(destination);
    entries.push({ title, level, destination, page: doc.bufferedPageRange().count });
    return outline.addItem(t(title));
  };

  const lessonsOutline = doc.outline.addItem('Lessen', { expanded: true });
  for (const lesson of input.lessons) {
    doc.addPage();
    start(`Les ${lesson.order}: ${lesson.title}`, 2, `les-${lesson.slug}`, lessonsOutline);
    lessonPages(doc, lesson, input);
  }
  let cardsOutline: PDFKit.PDFOutline | undefined;
  for (const lesson of input.lessons) {
    doc.addPage();
    if (!cardsOutline) {
      doc.addNamedDestination('leerkaarten');
      entries.push({ title: 'Leerkaarten', level: 1, destination: 'leerkaarten', page: doc.bufferedPageRange().count });
      cardsOutline = doc.outline.addItem('Leerkaarten', { expanded: true });
    }
    start(summaryTitle(lesson.title), 2, `kaart-${lesson.slug}`, cardsOutline);
    cardPage(doc, lesson, input);
  }

  const pageCount = doc.bufferedPageRange().count;
  contents(doc, tocStart, tocPages, entries);
  footers(doc, pageCount);
  return { sections: entries.map(({ title, page, level }) => ({ title, page, level })), pageCount };
}

function titlePage(doc: Doc, input: CoursePdfInput) {
  doc.addPage();
  doc.rect(0, 0, PAGE.width, 300).fill(ACCENT);
  doc.fillColor('#ffffff').font(FONTS.bold).fontSize(40).text('Klantreis', MARGIN.left, 150, { width: WIDTH });
  doc.font(FONTS.regular).fontSize(18).text(t('De customer journey in zeven lessen'), { width: WIDTH });
  doc
    .fillColor(INK)
    .fontSize(13)
    .text(t('Hand-out bij de cursus: alle lessen en de leerkaarten om te leren voor een toets.'), MARGIN.left, 350, {
      width: WIDTH,
    });
  doc.moveDown(1);
  doc.fontSize(11).fillColor(MUTED);
  for (const lesson of input.lessons) doc.text(t(`Les ${lesson.order}. ${lesson.title}`), { width: WIDTH });
  doc.moveDown(1);
  doc.text(t('De oefeningen staan niet in deze hand-out. Die maak je op de website, in de les zelf.'), { width: WIDTH });
}

/** Starts a new page when less than `room` points are left. */
function ensureRoom(doc: Doc, room: number) {
  if (doc.y + room > BOTTOM) doc.addPage();
}

function heading(doc: Doc, text: string, size: number, color = INK) {
  ensureRoom(doc, size * 2 + 40);
  doc.moveDown(0.6);
  doc.font(FONTS.bold).fontSize(size).fillColor(color).text(t(text), MARGIN.left, doc.y, { width: WIDTH });
  doc.moveDown(0.25);
}

/** Runs of text as one flowing paragraph at `x` with `width`. */
function runs(doc: Doc, parts: readonly Run[], x: number, width: number, size = BODY) {
  const pieces = parts.filter((run) => run.text.length > 0);
  doc.fillColor(INK).fontSize(size);
  pieces.forEach((run, index) => {
    const options = { width, continued: index < pieces.length - 1, lineGap: 2 };
    doc.font(fontOf(run));
    if (index === 0) doc.text(t(run.text), x, doc.y, options);
    else doc.text(t(run.text), options);
  });
}

function lessonPages(doc: Doc, lesson: CoursePdfLesson, input: CoursePdfInput) {
  doc.font(FONTS.bold).fontSize(10).fillColor(ACCENT).text(`LES ${lesson.order}`, MARGIN.left, MARGIN.top, { width: WIDTH });
  doc.font(FONTS.bold).fontSize(22).fillColor(INK).text(t(lesson.title), { width: WIDTH });
  doc.moveDown(0.3);
  doc.font(FONTS.regular).fontSize(12).fillColor(MUTED).text(t(lesson.description), { width: WIDTH });
  doc.moveDown(0.8);
  goalsBox(doc, lesson.objectives, 'Leerdoelen: na deze les kun je dit');
  for (const block of lesson.blocks) drawBlock(doc, block, input);
}

function goalsBox(doc: Doc, objectives: readonly string[], title: string, size = BODY) {
  const inner = WIDTH - 24;
  doc.fontSize(size).font(FONTS.regular);
  const height =
    size * 2.2 +
    objectives.reduce((sum, objective) => sum + doc.heightOfString(t(objective), { width: inner - 14, lineGap: 1.5 }) + 3, 0) +
    10;
  ensureRoom(doc, height);
  const top = doc.y;
  doc.roundedRect(MARGIN.left, top, WIDTH, height, 6).fill(SOFT);
  doc
    .font(FONTS.bold)
    .fontSize(size + 0.5)
    .fillColor(INK)
    .text(t(title), MARGIN.left + 12, top + 9, { width: inner });
  doc.moveDown(0.3);
  for (const objective of objectives) bullet(doc, [{ text: objective }], MARGIN.left + 12, inner, '•', size);
  doc.y = top + height + 8;
  doc.x = MARGIN.left;
}

function bullet(doc: Doc, parts: readonly Run[], x: number, width: number, mark: string, size = BODY) {
  doc.font(FONTS.regular).fontSize(size);
  const probe = parts.map((run) => run.text).join('');
  ensureRoom(doc, Math.min(doc.heightOfString(t(probe), { width: width - 16 }), 60));
  const y = doc.y;
  doc.fillColor(ACCENT).font(FONTS.bold).text(mark, x, y, { width: 16, lineBreak: false });
  doc.y = y;
  runs(doc, parts, x + 16, width - 16, size);
  doc.y += 3;
}

function drawBlock(doc: Doc, block: LessonBlock, input: CoursePdfInput) {
  switch (block.kind) {
    case 'heading':
      heading(doc, block.text, block.depth === 2 ? 15 : 12.5, block.depth === 2 ? ACCENT : INK);
      return;
    case 'paragraph':
      ensureRoom(doc, 40);
      runs(doc, block.runs, MARGIN.left, WIDTH);
      doc.moveDown(0.6);
      return;
    case 'quote': {
      ensureRoom(doc, 50);
      const top = doc.y;
      runs(doc, block.runs, MARGIN.left + 16, WIDTH - 16);
      doc.rect(MARGIN.left + 2, top, 3, Math.max(doc.y - top, 10)).fill(ACCENT);
      doc.moveDown(0.6);
      return;
    }
    case 'list':
      block.items.forEach((item, index) =>
        bullet(doc, item, MARGIN.left + 6, WIDTH - 6, block.ordered ? `${block.start + index}.` : '•'),
      );
      doc.moveDown(0.4);
      return;
    case 'diagram': {
      const diagram = input.diagramOf(block.id);
      if (diagram) drawDiagram(doc, diagram, WIDTH, 330);
      return;
    }
    case 'exercise':
      // Left out: an exercise lives on the site, where it checks the answer and explains.
      return;
  }
}

function drawDiagram(doc: Doc, diagram: DiagramPrint, maxWidth: number, maxHeight: number) {
  if (diagram.kind === 'table') {
    drawTable(doc, diagram.table);
    return;
  }
  const scale = Math.min(maxWidth / diagram.width, maxHeight / diagram.height, 1);
  const width = diagram.width * scale;
  const height = diagram.height * scale;
  doc.font(FONTS.italic).fontSize(9);
  const captionHeight = diagram.caption ? doc.heightOfString(t(diagram.caption), { width: maxWidth }) + 6 : 0;
  ensureRoom(doc, height + captionHeight + 16);
  doc.moveDown(0.4);
  const top = doc.y;
  const x = MARGIN.left + (maxWidth - width) / 2;
  SVGtoPDF(doc as unknown as Parameters<typeof SVGtoPDF>[0], t(diagram.svg), x, top, { width, height, assumePt: true });
  doc.y = top + height + 6;
  if (diagram.caption)
    doc.font(FONTS.italic).fontSize(9).fillColor(MUTED).text(t(diagram.caption), MARGIN.left, doc.y, { width: maxWidth });
  doc.moveDown(0.8);
}

function drawTable(doc: Doc, table: PrintTable) {
  const columns = Math.max(...table.rows.map((row) => row.reduce((sum, cell) => sum + cell.span, 0)));
  // A first column of row heads is narrower when there are many columns (the journey map).
  const firstWidth = columns > 3 ? WIDTH * 0.16 : WIDTH / columns;
  const restWidth = columns > 1 ? (WIDTH - firstWidth) / (columns - 1) : WIDTH;
  const widthOf = (column: number, span: number) =>
    Array.from({ length: span }, (_, i) => (column + i === 0 ? firstWidth : restWidth)).reduce((a, b) => a + b, 0);
  const size = columns > 3 ? 7.5 : 9;
  const pad = 4;

  ensureRoom(doc, 80);
  doc.moveDown(0.4);
  const laidOut = table.rows.map((row) => {
    let column = 0;
    const cells = row.map((cell) => {
      const width = widthOf(column, cell.span);
      const x = MARGIN.left + (column === 0 ? 0 : firstWidth + (column - 1) * restWidth);
      column += cell.span;
      return { cell, width, x };
    });
    const height =
      Math.max(
        ...cells.map(({ cell, width }) =>
          doc
            .font(cell.header ? FONTS.bold : FONTS.regular)
            .fontSize(size)
            .heightOfString(t(cell.text), { width: width - pad * 2 }),
        ),
      ) +
      pad * 2;
    return { cells, height };
  });
  // A table that fits on a page is not split: it starts on the next page instead.
  const total = laidOut.reduce((sum, row) => sum + row.height, 0);
  if (doc.y + total > BOTTOM && total < BOTTOM - MARGIN.top - 40) doc.addPage();
  if (table.caption) {
    doc.font(FONTS.bold).fontSize(10).fillColor(INK).text(t(table.caption), MARGIN.left, doc.y, { width: WIDTH });
    doc.moveDown(0.3);
  }
  laidOut.forEach(({ cells, height }, rowIndex) => {
    const head = rowIndex < table.headRows;
    if (doc.y + height > BOTTOM) doc.addPage();
    const top = doc.y;
    for (const { cell, width, x } of cells) {
      if (head || cell.header) doc.rect(x, top, width, height).fill(head ? '#f2f0ea' : '#f7f6f2');
      doc.rect(x, top, width, height).lineWidth(0.6).stroke(LINE);
      doc
        .font(cell.header ? FONTS.bold : FONTS.regular)
        .fontSize(size)
        .fillColor(INK)
        .text(t(cell.text), x + pad, top + pad, { width: width - pad * 2 });
    }
    doc.y = top + height;
  });
  doc.x = MARGIN.left;
  doc.moveDown(1);
}

function cardPage(doc: Doc, lesson: CoursePdfLesson, input: CoursePdfInput) {
  doc
    .font(FONTS.bold)
    .fontSize(9)
    .fillColor(ACCENT)
    .text(`LEERKAART BIJ LES ${lesson.order}`, MARGIN.left, MARGIN.top, { width: WIDTH });
  doc
    .font(FONTS.bold)
    .fontSize(17)
    .fillColor(INK)
    .text(t(summaryTitle(lesson.title)), { width: WIDTH });
  doc.moveDown(0.6);
  goalsBox(doc, lesson.objectives, 'Dit moet je kunnen', 9.5);
  const terms = keyTermsOf(lesson, input.glossary);
  if (terms.length > 0) {
    heading(doc, 'Begrippen', 12, ACCENT);
    for (const term of terms) {
      doc.font(FONTS.regular).fontSize(9.5);
      ensureRoom(doc, doc.heightOfString(t(term.definition), { width: WIDTH }) + 16);
      doc.font(FONTS.bold).fillColor(INK).text(t(term.term), MARGIN.left, doc.y, { width: WIDTH });
      doc.font(FONTS.regular).fillColor(INK).text(t(term.definition), { width: WIDTH, lineGap: 1 });
      doc.moveDown(0.45);
    }
  }
  const diagramId = summaryDiagramOf(lesson);
  const diagram = diagramId ? input.diagramOf(diagramId) : null;
  if (diagram) {
    // The heading stays with its diagram: too little room left, and both go to the next page.
    if (diagram.kind === 'svg' && BOTTOM - doc.y < 300) doc.addPage();
    heading(doc, 'Schema', 12, ACCENT);
    drawDiagram(doc, diagram, WIDTH, Math.min(400, BOTTOM - doc.y - 50));
  }
}

function contents(doc: Doc, firstPage: number, pages: number, entries: Entry[]) {
  doc.switchToPage(firstPage);
  doc.font(FONTS.bold).fontSize(22).fillColor(INK).text('Inhoud', MARGIN.left, MARGIN.top, { width: WIDTH });
  doc.moveDown(0.8);
  let page = firstPage;
  for (const entry of entries) {
    if (doc.y + 22 > BOTTOM) {
      page += 1;
      if (page >= firstPage + pages) throw new Error('De inhoudsopgave past niet op de gereserveerde pagina’s.');
      doc.switchToPage(page);
      doc.y = MARGIN.top;
    }
    if (entry.level === 1) doc.moveDown(0.5);
    const y = doc.y;
    const indent = entry.level === 1 ? 0 : 14;
    const font = entry.level === 1 ? FONTS.bold : FONTS.regular;
    const number = String(entry.page);
    doc.font(font).fontSize(11).fillColor(INK);
    const numberWidth = doc.widthOfString(number);
    doc.text(t(entry.title), MARGIN.left + indent, y, {
      width: WIDTH - indent - 40,
      goTo: entry.destination,
      lineBreak: false,
      ellipsis: true,
    });
    doc.text(number, PAGE.width - MARGIN.right - numberWidth, y, { goTo: entry.destination, lineBreak: false });
    doc
      .moveTo(MARGIN.left + indent, y + 14)
      .lineTo(PAGE.width - MARGIN.right, y + 14)
      .lineWidth(0.4)
      .dash(1, { space: 2 })
      .stroke(LINE)
      .undash();
    doc.y = y + 22;
  }
}

function footers(doc: Doc, pageCount: number) {
  for (let index = 1; index < pageCount; index++) {
    doc.switchToPage(index);
    // Writing below the bottom margin would start a new page: lift the margin while the footer is drawn.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(FONTS.regular).fontSize(8.5).fillColor(MUTED);
    doc.text(t('Klantreis – de customer journey'), MARGIN.left, PAGE.height - 38, { width: WIDTH / 2, lineBreak: false });
    const label = `Pagina ${index + 1} van ${pageCount}`;
    doc.text(label, PAGE.width - MARGIN.right - doc.widthOfString(label), PAGE.height - 38, { lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
