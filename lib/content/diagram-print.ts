// A lesson diagram for paper (the course PDF): the diagram components (components/diagrams) are
// expanded into a plain tree of elements (components/diagrams/diagram-print.tsx), and this turns that
// tree into what pdfkit can draw: a standalone SVG (for svg-to-pdfkit) or a table of text cells.
// Pure: data in, data out.

/** An element tree without React: tag, attributes (SVG names, `class` for the CSS Module class), children. */
export type PrintNode = string | { tag: string; attrs: Record<string, string>; children: PrintNode[] };

export type PrintCell = { text: string; header: boolean; span: number };
/** A table: its caption, and its rows; the first `headRows` rows are the column heads. */
export type PrintTable = { caption: string; headRows: number; rows: PrintCell[][] };

export type DiagramPrint =
  | { kind: 'svg'; svg: string; width: number; height: number; caption: string }
  | { kind: 'table'; table: PrintTable };

/** SVG presentation attributes per class name: what the CSS Module gives each class on screen. */
export type ClassStyles = Readonly<Record<string, Readonly<Record<string, string>>>>;

type Element = Exclude<PrintNode, string>;
const isElement = (node: PrintNode): node is Element => typeof node !== 'string';

/** The text of a node: its strings, with white space collapsed. */
export function textOfNode(node: PrintNode): string {
  const collect = (current: PrintNode): string => (isElement(current) ? current.children.map(collect).join('') : current);
  return collect(node).replace(/\s+/g, ' ').trim();
}

/** The first element with `tag` (depth first), or undefined. */
export function findElement(node: PrintNode, tag: string): Element | undefined {
  if (!isElement(node)) return undefined;
  if (node.tag === tag) return node;
  for (const child of node.children) {
    const found = findElement(child, tag);
    if (found) return found;
  }
  return undefined;
}

function all(node: PrintNode, tag: string): Element[] {
  if (!isElement(node)) return [];
  return [...(node.tag === tag ? [node] : []), ...node.children.flatMap((child) => all(child, tag))];
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** SVG markup of a node; `class` becomes the presentation attributes of `styles`, `<title>` is dropped. */
export function svgMarkup(node: PrintNode, styles: ClassStyles): string {
  if (!isElement(node)) return escapeXml(node);
  if (node.tag === 'title') return '';
  const attrs: Record<string, string> = {};
  for (const [name, value] of Object.entries(node.attrs)) {
    if (name === 'class') {
      for (const className of value.split(/\s+/)) Object.assign(attrs, styles[className] ?? {});
    } else if (name !== 'role' && name !== 'id' && !name.startsWith('aria-')) attrs[name] = value;
  }
  if (node.tag === 'svg') attrs.xmlns = 'http://www.w3.org/2000/svg';
  const attributes = Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
  return `<${node.tag}${attributes}>${node.children.map((child) => svgMarkup(child, styles)).join('')}</${node.tag}>`;
}

/**
 * The diagram for paper: the figure's SVG with its caption, or else its table. A table row that
 * holds a drawing (the journey map's emotion curve) is left out: its content is also a row of text.
 */
export function diagramPrintOf(tree: PrintNode, styles: ClassStyles): DiagramPrint | null {
  const table = findElement(tree, 'table');
  if (table) {
    const caption = findElement(table, 'caption');
    const rows = all(table, 'tr')
      .filter((row) => !findElement(row, 'svg'))
      .map((row) =>
        row.children.filter(isElement).map((cell) => ({
          text: textOfNode(cell),
          header: cell.tag === 'th',
          span: Math.max(1, Number(cell.attrs.colspan ?? 1) || 1),
        })),
      );
    const head = findElement(table, 'thead');
    return { kind: 'table', table: { caption: caption ? textOfNode(caption) : '', headRows: head ? all(head, 'tr').length : 0, rows } };
  }
  const svg = findElement(tree, 'svg');
  if (!svg) return null;
  const [, , width, height] = (svg.attrs.viewBox ?? '').split(/[\s,]+/).map(Number);
  if (!width || !height) return null;
  const figcaption = findElement(tree, 'figcaption');
  // The caption without the text version (a <details> on screen): on paper the figure speaks for itself.
  const caption = figcaption ? textOfNode({ ...figcaption, children: figcaption.children.filter((c) => !isElement(c) || c.tag !== 'details') }) : '';
  return { kind: 'svg', svg: svgMarkup(svg, styles), width, height, caption };
}
