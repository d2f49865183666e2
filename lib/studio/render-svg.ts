// One drawing of a studio map: a standalone SVG on an A4 landscape page (842 × 595 pt). The studio
// page shows it as the preview, the studio draws it on a canvas for the PNG, and the server turns it
// into a PDF page with svg-to-pdfkit (lib/server/studio-pdf.server.ts). Pure: a string in, a string
// out, no DOM, no fonts to load.
//
// The PDF uses the standard font Helvetica with WinAnsi encoding, so the drawing sticks to it: text
// is wrapped with Helvetica's own widths (below), and characters WinAnsi lacks are replaced (the
// minus sign U+2212 by a hyphen). No external references: no fonts, images or links.
import { EMPATHY_BOX_LABELS, PERSONA_FIELD_LABELS } from './checklist';
import { EMOTION, EMPATHY_BOXES, LANES, SEVEN_C, type JourneyNote, type MapPart, type NoteLane, type StudioMap } from './map';
import { LANE_LABELS } from './labels';

export const PAGE = { width: 842, height: 595, margin: 24 } as const;
/** Helvetica, or a font with the same widths (Arial on Windows, Arimo on ChromeOS and Android). */
const FONT = 'Helvetica, Arial, Arimo, sans-serif';
const INK = '#1f2328';
const MUTED = '#57606a';
const LINE = '#b8bec6';

/** Helvetica's advance widths (per 1000 em) for ASCII 32–126, from its AFM files (pdfkit's copies). */
// prettier-ignore
const REGULAR = [278,278,355,556,556,889,667,191,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,667,778,722,667,611,722,667,944,667,667,611,278,278,278,469,556,333,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,556,556,333,500,278,556,500,722,500,500,500,334,260,334,584];
// prettier-ignore
const BOLD = [278,333,474,556,556,889,722,238,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,333,333,584,584,584,611,975,722,722,722,722,667,611,778,722,278,556,722,611,833,722,778,667,778,722,667,611,722,667,944,667,667,611,333,278,333,584,556,333,556,611,556,611,556,333,611,611,278,278,556,278,889,611,611,611,611,389,556,333,611,556,778,556,556,500,389,280,389,584];
/** Widths of the WinAnsi characters outside ASCII that notes use most. */
const EXTRA: Record<string, number> = {
  '“': 333,
  '”': 333,
  '‘': 222,
  '’': 222,
  '„': 333,
  '–': 556,
  '—': 1000,
  '…': 1000,
  '•': 350,
  '·': 278,
  '€': 556,
  '×': 584,
};

/** The width of `text` in Helvetica at `size` points (accented letters as their base letter). */
export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code >= 32 && code <= 126) units += table[code - 32]!;
    else if (EXTRA[char] !== undefined) units += EXTRA[char];
    else {
      const base = char.normalize('NFD').charCodeAt(0);
      units += base >= 32 && base <= 126 ? table[base - 32]! : 556;
    }
  }
  return (units * size) / 1000;
}

/**
 * Text as the drawing shows it: U+2212 (minus) becomes a hyphen, since WinAnsi has no minus sign;
 * control characters, which XML forbids, become spaces; runs of white space become one space.
 */
export function drawingText(text: string): string {
  return text
    .replace(/\u2212/g, '-')
    .replace(/[\u0000-\u001f\u007f\ufffe\uffff]/g, ' ')
    .replace(/[\ud800-\udfff]/g, (surrogate, index: number, all: string) => {
      // A lone surrogate is not valid XML; a pair (an emoji) is kept as it is.
      const code = surrogate.charCodeAt(0);
      const pair = code < 0xdc00 ? /[\udc00-\udfff]/.test(all[index + 1] ?? '') : /[\ud800-\udbff]/.test(all[index - 1] ?? '');
      return pair ? surrogate : ' ';
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The characters WinAnsi has beyond Latin-1's printable range (0x80–0x9F). */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
/** Letters without a decomposition, and their nearest WinAnsi letter. */
const NEAREST: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŀ: 'l',
  Ŀ: 'L',
  '\u2212': '-',
  '\u2011': '-',
  '\u00a0': ' ',
};

/** Whether the standard PDF fonts (WinAnsi encoding) can show `char`. */
export function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char) || char === '\n';
}

/**
 * `text` in characters the PDF's standard fonts can show: a letter with a mark WinAnsi lacks loses the
 * mark (Ş → S, ź → z), a few letters get their nearest one (ł → l), anything else becomes "?" (an
 * emoji, a Chinese character). The PDF would otherwise drop them, and "Şükrü" would read "ükrü".
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text) {
    if (isWinAnsi(char)) out += char;
    else if (NEAREST[char] !== undefined) out += NEAREST[char];
    else {
      const base = char.normalize('NFD').replace(/\p{M}/gu, '');
      out += base && [...base].every(isWinAnsi) ? base : '?';
    }
  }
  return out;
}

/** Escapes text for an SVG text node or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * Wraps `text` into lines no wider than `width`; with `maxLines`, the last line is cut with "…" when
 * the text goes on. A word longer than a line is broken.
 */
export function wrapText(text: string, width: number, size: number, { bold = false, maxLines = Infinity } = {}): string[] {
  const words = drawingText(text).split(' ').filter(Boolean);
  const lines: string[] = [];
  let current = '';
  const fits = (candidate: string) => textWidth(candidate, size, bold) <= width;
  for (let word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = '';
    // A word wider than the line: break it into pieces that fit.
    while (!fits(word) && word.length > 1) {
      let cutAt = word.length - 1;
      while (cutAt > 1 && !fits(word.slice(0, cutAt))) cutAt--;
      lines.push(word.slice(0, cutAt));
      word = word.slice(cutAt);
    }
    current = word;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(0, maxLines));
  if (kept.length === 0) return kept;
  let last = `${kept[kept.length - 1]!}…`;
  while (!fits(last) && last.length > 1) last = `${last.slice(0, -2).trimEnd()}…`;
  kept[kept.length - 1] = last;
  return kept;
}

// ---------------------------------------------------------------------------------------------
// Drawing primitives: each returns SVG markup.

type TextStyle = { size: number; bold?: boolean; italic?: boolean; fill?: string; anchor?: 'start' | 'middle' | 'end' };

const num = (value: number) => String(Math.round(value * 100) / 100);

function textLine(x: number, baseline: number, content: string, style: TextStyle): string {
  const attributes = [
    `x="${num(x)}"`,
    `y="${num(baseline)}"`,
    `font-size="${num(style.size)}"`,
    style.bold ? 'font-weight="bold"' : '',
    style.italic ? 'font-style="italic"' : '',
    style.anchor && style.anchor !== 'start' ? `text-anchor="${style.anchor}"` : '',
    style.fill && style.fill !== INK ? `fill="${style.fill}"` : '',
  ];
  // The width Helvetica gives the line: a browser without Helvetica or a look-alike (Arial, Arimo)
  // squeezes its own font to it, so a line never runs out of its box; in the PDF (Helvetica) it is exact.
  const width = textWidth(content, style.size, style.bold);
  if (width > 0) attributes.push(`textLength="${num(width)}" lengthAdjust="spacingAndGlyphs"`);
  return `<text ${attributes.filter(Boolean).join(' ')}>${escapeXml(content)}</text>`;
}

/** Lines of text from `top`, one under the other; returns the markup and the height used. */
function textBlock(x: number, top: number, lines: string[], style: TextStyle): { svg: string; height: number } {
  const lineHeight = style.size * 1.22;
  const svg = lines.map((line, index) => textLine(x, top + style.size * 0.88 + index * lineHeight, line, style)).join('');
  return { svg, height: lines.length * lineHeight };
}

function rect(
  x: number,
  y: number,
  width: number,
  height: number,
  fill: string,
  stroke = LINE,
  radius = 3,
  strokeWidth = 0.6,
): string {
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" rx="${radius}" fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}"/>`;
}

/** A five-pointed star centred on (cx, cy): the mark of the moment of truth. */
function star(cx: number, cy: number, radius: number, fill: string): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? radius : radius * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${num(cx + r * Math.cos(angle))},${num(cy + r * Math.sin(angle))}`;
  });
  return `<polygon points="${points.join(' ')}" fill="${fill}"/>`;
}

// ---------------------------------------------------------------------------------------------
// The journey map

const LANE_FILL: Record<NoteLane, string> = {
  actions: '#e7effc',
  touchpoints: '#fdf1d3',
  thoughts: '#f1e9fb',
  pains: '#fbe1df',
  opportunities: '#e1f3df',
};
const MEDIA_LABELS = { paid: 'paid', owned: 'owned', earned: 'earned' } as const;

/** The line under a touchpoint: its channel and kind ("Instagram · online · paid"). */
export function touchpointDetail(note: JourneyNote): string {
  return [note.channel, note.place, note.media ? MEDIA_LABELS[note.media] : undefined]
    .filter((part) => part && drawingText(part))
    .join(' · ');
}

/** A score as the drawing writes it: "+2", "0", "-1" (a hyphen: see drawingText). */
export function signedScore(score: number): string {
  return score > 0 ? `+${score}` : score < 0 ? `-${-score}` : '0';
}

type Box = { x: number; y: number; width: number; height: number };

function drawNotesCell(map: StudioMap, notes: JourneyNote[], lane: NoteLane, cell: Box, size: number): string {
  const pad = 3;
  const lineHeight = size * 1.22;
  const detailSize = size * 0.85;
  const inner = cell.width - 2 * pad - 6;
  const bottom = cell.y + cell.height - pad;
  const parts: string[] = [];
  const more = (count: number) =>
    parts.push(textLine(cell.x + pad + 1, bottom - size * 0.3, `+${count} meer`, { size: size * 0.9, bold: true, fill: MUTED }));
  let y = cell.y + pad;
  for (let index = 0; index < notes.length; index++) {
    const note = notes[index]!;
    const isMoment = lane === 'touchpoints' && note.id === map.journey.momentOfTruth;
    const textWidthAvailable = inner;
    const after = notes.length - index - 1;
    // Room for this note, keeping a line for "+N meer" when notes follow.
    const room = bottom - y - (after > 0 ? lineHeight : 0) - 4;
    const detail = lane === 'touchpoints' ? wrapText(touchpointDetail(note), inner, detailSize, { maxLines: 1 }) : [];
    let lines = wrapText(note.text || '(leeg)', textWidthAvailable, size);
    const markHeight = isMoment ? lineHeight : 0;
    let detailLines = detail;
    let needed = markHeight + lines.length * lineHeight + detailLines.length * detailSize * 1.22;
    if (needed > room) {
      // Not all of it fits: cut the text with "…" (and drop the detail line), or stop here.
      const available = Math.floor((room - markHeight) / lineHeight);
      if (available < 1) {
        more(notes.length - index);
        break;
      }
      lines = wrapText(note.text || '(leeg)', textWidthAvailable, size, { maxLines: available });
      detailLines = [];
      needed = markHeight + lines.length * lineHeight;
    }
    const height = needed + 4;
    parts.push(
      rect(cell.x + pad, y, cell.width - 2 * pad, height, LANE_FILL[lane], isMoment ? '#9a6700' : LINE, 2, isMoment ? 1.2 : 0.5),
    );
    let textTop = y + 2;
    if (isMoment) {
      parts.push(star(cell.x + pad + 5.5, textTop + size * 0.5, size * 0.6, '#9a6700'));
      parts.push(
        textLine(cell.x + pad + 11, textTop + size * 0.88, 'Moment of truth', { size: detailSize, bold: true, fill: '#7a4f00' }),
      );
      textTop += lineHeight;
    }
    const block = textBlock(cell.x + pad + 3, textTop, lines, { size });
    parts.push(block.svg);
    if (detailLines.length > 0)
      parts.push(textBlock(cell.x + pad + 3, textTop + block.height, detailLines, { size: detailSize, fill: MUTED }).svg);
    y += height + 2;
    if (after > 0 && lines.length < wrapText(note.text || '(leeg)', textWidthAvailable, size).length) {
      more(after);
      break;
    }
  }
  return parts.join('');
}

/** The height a note takes in a cell of `columnWidth` (as drawNotesCell draws it, uncut). */
function noteHeight(map: StudioMap, note: JourneyNote, lane: NoteLane, columnWidth: number, size: number): number {
  const inner = columnWidth - 12;
  const lineHeight = size * 1.22;
  const isMoment = lane === 'touchpoints' && note.id === map.journey.momentOfTruth;
  const detail = lane === 'touchpoints' && touchpointDetail(note) ? size * 0.85 * 1.22 : 0;
  return (isMoment ? lineHeight : 0) + wrapText(note.text || '(leeg)', inner, size).length * lineHeight + detail + 4 + 2;
}

/**
 * Shares `available` height among the note lanes: each gets what its fullest cell needs when all fit
 * (the rest spread evenly), or else a share in proportion to that need, and never less than two lines.
 */
function laneHeights(map: StudioMap, lanes: NoteLane[], available: number, columnWidth: number, size: number): number[] {
  if (lanes.length === 0) return [];
  const minimum = Math.min(available / lanes.length, size * 1.22 * 2 + 10);
  const needs = lanes.map((lane) => {
    const cells = map.journey.phases.map((phase) =>
      map.journey.notes
        .filter((note) => note.phase === phase.id && note.lane === lane)
        .reduce((sum, note) => sum + noteHeight(map, note, lane, columnWidth, size), 6),
    );
    return Math.max(minimum, ...cells);
  });
  const total = needs.reduce((sum, need) => sum + need, 0);
  if (total <= available) return needs.map((need) => need + (available - total) / lanes.length);
  const spare = available - minimum * lanes.length;
  const over = total - minimum * lanes.length;
  return needs.map((need) => minimum + ((need - minimum) * spare) / over);
}

function drawEmotionLane(map: StudioMap, box: Box, columns: Box[], labelWidth: number): string {
  const top = box.y + 8;
  const bottom = box.y + box.height - 8;
  const yOf = (score: number) => top + ((EMOTION.max - score) / (EMOTION.max - EMOTION.min)) * (bottom - top);
  const parts: string[] = [];
  for (let score: number = EMOTION.min; score <= EMOTION.max; score++) {
    const y = yOf(score);
    parts.push(
      `<line x1="${num(box.x + labelWidth)}" y1="${num(y)}" x2="${num(box.x + box.width)}" y2="${num(y)}" stroke="${score === 0 ? '#8c959f' : '#d8dee4'}" stroke-width="${score === 0 ? 0.8 : 0.5}"${score === 0 ? '' : ' stroke-dasharray="2 2"'}/>`,
    );
    parts.push(textLine(box.x + labelWidth - 3, y + 2.5, signedScore(score), { size: 6.5, anchor: 'end', fill: MUTED }));
  }
  // The curve: a path through the scored phases; an unscored phase leaves a gap.
  let d = '';
  let drawing = false;
  map.journey.phases.forEach((phase, index) => {
    const column = columns[index]!;
    if (phase.emotion === null) {
      drawing = false;
      return;
    }
    const x = column.x + column.width / 2;
    d += `${drawing ? 'L' : 'M'}${num(x)} ${num(yOf(phase.emotion))} `;
    drawing = true;
  });
  if (d) parts.push(`<path d="${d.trim()}" fill="none" stroke="#0b5cad" stroke-width="1.6" stroke-linejoin="round"/>`);
  map.journey.phases.forEach((phase, index) => {
    const column = columns[index]!;
    const x = column.x + column.width / 2;
    if (phase.emotion === null) {
      parts.push(textLine(x, (top + bottom) / 2 + 2.5, 'geen score', { size: 6.5, italic: true, anchor: 'middle', fill: MUTED }));
      return;
    }
    const y = yOf(phase.emotion);
    const fill = phase.emotion < 0 ? '#c2410c' : phase.emotion > 0 ? '#15803d' : '#57606a';
    parts.push(`<circle cx="${num(x)}" cy="${num(y)}" r="3.2" fill="${fill}" stroke="#ffffff" stroke-width="0.8"/>`);
    parts.push(
      textLine(x + 6, phase.emotion >= EMOTION.max ? y + 9 : y - 4, signedScore(phase.emotion), { size: 7, bold: true, fill }),
    );
  });
  return parts.join('');
}

function drawJourney(map: StudioMap, area: Box, size: number): string {
  const phases = map.journey.phases;
  const lanes = LANES.filter((lane) => !map.journey.hiddenLanes.includes(lane));
  const labelWidth = 62;
  const headerHeight = 16;
  const columnWidth = (area.width - labelWidth) / Math.max(1, phases.length);
  const columns = phases.map((_, index) => ({
    x: area.x + labelWidth + index * columnWidth,
    y: area.y,
    width: columnWidth,
    height: area.height,
  }));
  const parts: string[] = [];
  // Phase headers.
  phases.forEach((phase, index) => {
    const column = columns[index]!;
    parts.push(rect(column.x + 1, area.y, column.width - 2, headerHeight, '#24292f', '#24292f', 2));
    const name = wrapText(phase.name || `Fase ${index + 1}`, column.width - 8, 8, { bold: true, maxLines: 1 })[0] ?? '';
    parts.push(
      textLine(column.x + column.width / 2, area.y + 11, name, { size: 8, bold: true, anchor: 'middle', fill: '#ffffff' }),
    );
  });
  if (lanes.length === 0) return parts.join('');
  const bodyTop = area.y + headerHeight + 2;
  const bodyHeight = area.height - headerHeight - 2;
  const hasEmotion = lanes.includes('emotion');
  const emotionHeight = hasEmotion ? Math.min(70, Math.max(44, bodyHeight * 0.16)) : 0;
  const noteLanes = lanes.filter((lane): lane is NoteLane => lane !== 'emotion');
  const heights = laneHeights(map, noteLanes, bodyHeight - emotionHeight, columnWidth, size);
  let y = bodyTop;
  for (const lane of lanes) {
    const height = lane === 'emotion' ? emotionHeight : heights[noteLanes.indexOf(lane)]!;
    const row: Box = { x: area.x, y, width: area.width, height };
    parts.push(
      `<line x1="${num(area.x)}" y1="${num(y)}" x2="${num(area.x + area.width)}" y2="${num(y)}" stroke="${LINE}" stroke-width="0.5"/>`,
    );
    const label = wrapText(LANE_LABELS[lane], labelWidth - 6, 7.5, { bold: true, maxLines: 3 });
    parts.push(textBlock(area.x + 1, y + 3, label, { size: 7.5, bold: true }).svg);
    if (lane === 'emotion') parts.push(drawEmotionLane(map, row, columns, labelWidth));
    else {
      phases.forEach((phase, index) => {
        const column = columns[index]!;
        const notes = map.journey.notes.filter((note) => note.phase === phase.id && note.lane === lane);
        parts.push(drawNotesCell(map, notes, lane, { x: column.x, y, width: column.width, height }, size));
      });
    }
    y += height;
  }
  // Column rules.
  for (const column of columns.slice(1)) {
    parts.push(
      `<line x1="${num(column.x)}" y1="${num(bodyTop)}" x2="${num(column.x)}" y2="${num(area.y + area.height)}" stroke="#d8dee4" stroke-width="0.5"/>`,
    );
  }
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------
// The persona and the empathy map

function drawPersona(map: StudioMap, area: Box, { size, columns }: { size: number; columns: number }): string {
  const persona = map.persona;
  const parts: string[] = [rect(area.x, area.y, area.width, area.height, '#f6f8fa')];
  const pad = 6;
  const inner = area.width - 2 * pad;
  let y = area.y + pad;
  const name = drawingText(persona.name) || 'Persona zonder naam';
  const who = drawingText(persona.ageOrRole);
  const heading = wrapText(who ? `${name}, ${who}` : name, inner, size * 1.45, { bold: true, maxLines: 1 });
  const headingBlock = textBlock(area.x + pad, y, heading, { size: size * 1.45, bold: true });
  parts.push(headingBlock.svg);
  y += headingBlock.height + 2;
  if (drawingText(persona.quote)) {
    const quote = wrapText(`“${drawingText(persona.quote)}”`, inner, size * 1.05, { maxLines: 3 });
    const block = textBlock(area.x + pad, y, quote, { size: size * 1.05, italic: true, fill: MUTED });
    parts.push(block.svg);
    y += block.height + 3;
  }
  const gap = 6;
  const columnWidth = (inner - gap * (columns - 1)) / columns;
  const rows = Math.ceil(SEVEN_C.length / columns);
  const rowHeight = (area.y + area.height - pad - y) / rows;
  const valueLines = Math.max(1, Math.floor((rowHeight - size * 1.22 - 2) / (size * 1.22)));
  SEVEN_C.forEach((key, index) => {
    const x = area.x + pad + (index % columns) * (columnWidth + gap);
    const top = y + Math.floor(index / columns) * rowHeight;
    parts.push(textLine(x, top + size * 0.88, PERSONA_FIELD_LABELS[key], { size, bold: true }));
    const value = drawingText(persona.sevenC[key]);
    const lines = value ? wrapText(value, columnWidth, size, { maxLines: valueLines }) : ['-'];
    parts.push(textBlock(x, top + size * 1.22, lines, { size, fill: value ? INK : MUTED }).svg);
  });
  return parts.join('');
}

function drawEmpathyBox(map: StudioMap, box: (typeof EMPATHY_BOXES)[number], area: Box, size: number): string {
  const pad = 5;
  const parts = [rect(area.x, area.y, area.width, area.height, '#ffffff')];
  parts.push(textLine(area.x + pad, area.y + pad + size * 1.1, EMPATHY_BOX_LABELS[box], { size: size * 1.15, bold: true }));
  const lineHeight = size * 1.22;
  let y = area.y + pad + size * 1.6;
  const bottom = area.y + area.height - pad;
  const notes = map.empathy[box].filter((note) => drawingText(note.text));
  for (let index = 0; index < notes.length; index++) {
    const rest = notes.length - index;
    const room = Math.floor((bottom - y) / lineHeight) - (rest > 1 ? 1 : 0);
    const lines = wrapText(notes[index]!.text, area.width - 2 * pad - 8, size);
    if (room < 1) {
      parts.push(textLine(area.x + pad, bottom - 1, `+${rest} meer`, { size: size * 0.9, bold: true, fill: MUTED }));
      break;
    }
    const shown = lines.length > room ? wrapText(notes[index]!.text, area.width - 2 * pad - 8, size, { maxLines: room }) : lines;
    parts.push(textLine(area.x + pad, y + size * 0.88, '•', { size }));
    parts.push(textBlock(area.x + pad + 8, y, shown, { size }).svg);
    y += shown.length * lineHeight + 1.5;
  }
  return parts.join('');
}

function drawEmpathy(map: StudioMap, area: Box, { size, perRow }: { size: number; perRow: number[] }): string {
  const gap = 5;
  const parts: string[] = [];
  let index = 0;
  const rowHeight = (area.height - gap * (perRow.length - 1)) / perRow.length;
  perRow.forEach((count, row) => {
    const width = (area.width - gap * (count - 1)) / count;
    for (let i = 0; i < count; i++) {
      const box = EMPATHY_BOXES[index++];
      if (!box) return;
      parts.push(
        drawEmpathyBox(
          map,
          box,
          { x: area.x + i * (width + gap), y: area.y + row * (rowHeight + gap), width, height: rowHeight },
          size,
        ),
      );
    }
  });
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------

/** The text alternative of the emotion curve, in Dutch: "Emotie per fase: Bewustwording 0, …; laagste punt: Keuze." */
export function describeEmotion(map: StudioMap): string {
  const phases = map.journey.phases;
  const name = (index: number) => drawingText(phases[index]!.name) || `fase ${index + 1}`;
  const scored = phases
    .map((phase, index) => ({ score: phase.emotion, name: name(index) }))
    .filter((entry): entry is { score: number; name: string } => entry.score !== null);
  if (scored.length === 0) return 'Emotie per fase: nog geen scores.';
  const score = (value: number) => (value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0');
  const list = phases
    .map((phase, index) => `${name(index)} ${phase.emotion === null ? 'geen score' : score(phase.emotion)}`)
    .join(', ');
  const low = Math.min(...scored.map((entry) => entry.score));
  const high = Math.max(...scored.map((entry) => entry.score));
  const names = (value: number) => {
    const list = scored.filter((entry) => entry.score === value).map((entry) => entry.name);
    return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} en ${list[list.length - 1]}`;
  };
  if (low === high) return `Emotie per fase: ${list}; overal even hoog.`;
  return `Emotie per fase: ${list}; laagste punt: ${names(low)}; hoogste punt: ${names(high)}.`;
}

/**
 * The map as a standalone SVG on an A4 landscape page. `parts` (default: the map's own) chooses what
 * is drawn: the persona, the empathy map (with the persona's name), the journey map, or all three.
 */
export function renderMapSvg(map: StudioMap, options: { parts?: MapPart; title?: string } = {}): string {
  const parts = options.parts ?? map.parts;
  const title = drawingText(options.title ?? map.title) || 'Klantreiskaart';
  const { width, height, margin } = PAGE;
  const content: string[] = [];
  const titleLine = wrapText(title, width - 2 * margin, 15, { bold: true, maxLines: 1 })[0] ?? '';
  content.push(textLine(margin, margin + 12, titleLine, { size: 15, bold: true }));
  const top = margin + 22;
  const full: Box = { x: margin, y: top, width: width - 2 * margin, height: height - margin - top };

  if (parts === 'journey') {
    content.push(drawJourney(map, full, 7.5));
  } else if (parts === 'persona') {
    content.push(drawPersona(map, full, { size: 10, columns: 2 }));
  } else if (parts === 'empathy') {
    const header = 62;
    content.push(drawPersonaHeader(map, { ...full, height: header }));
    content.push(
      drawEmpathy(
        map,
        { x: full.x, y: full.y + header + 8, width: full.width, height: full.height - header - 8 },
        { size: 9.5, perRow: [3, 2] },
      ),
    );
  } else {
    const band = 168;
    const personaWidth = 318;
    content.push(drawPersona(map, { x: full.x, y: full.y, width: personaWidth, height: band }, { size: 6.5, columns: 2 }));
    content.push(
      drawEmpathy(
        map,
        { x: full.x + personaWidth + 8, y: full.y, width: full.width - personaWidth - 8, height: band },
        { size: 6.5, perRow: [5] },
      ),
    );
    content.push(drawJourney(map, { x: full.x, y: full.y + band + 8, width: full.width, height: full.height - band - 8 }, 6.5));
  }

  const description = parts === 'journey' || parts === 'all' ? describeEmotion(map) : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}pt" height="${height}pt" viewBox="0 0 ${width} ${height}" font-family="${FONT}" fill="${INK}">`,
    `<title>${escapeXml(title)}</title>`,
    description ? `<desc>${escapeXml(drawingText(description))}</desc>` : '',
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...content,
    '</svg>',
  ].join('');
}

/** The persona's name, age or role and quote on one card (above the empathy map). */
function drawPersonaHeader(map: StudioMap, area: Box): string {
  const persona = map.persona;
  const parts = [rect(area.x, area.y, area.width, area.height, '#f6f8fa')];
  const name = drawingText(persona.name) || 'Persona zonder naam';
  const who = drawingText(persona.ageOrRole);
  parts.push(
    textLine(
      area.x + 8,
      area.y + 20,
      wrapText(who ? `${name}, ${who}` : name, area.width - 16, 14, { bold: true, maxLines: 1 })[0] ?? '',
      { size: 14, bold: true },
    ),
  );
  if (drawingText(persona.quote)) {
    parts.push(
      textBlock(area.x + 8, area.y + 28, wrapText(`“${drawingText(persona.quote)}”`, area.width - 16, 10, { maxLines: 2 }), {
        size: 10,
        italic: true,
        fill: MUTED,
      }).svg,
    );
  }
  return parts.join('');
}
