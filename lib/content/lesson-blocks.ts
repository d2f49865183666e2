import type { Root as MdastRoot, RootContent } from 'mdast';

// A lesson as a flat list of printable blocks: what the course PDF draws (lib/server/course-pdf.server.ts).
// Built from the lesson's MDX tree while it is compiled (remarkCollectBlocks in mdx-plugins.ts), so
// the PDF reads exactly what the page shows. Glossary terms become their words, links their text;
// exercises and diagrams stay as references the renderer decides about.

/** A piece of text with its emphasis. */
export type Run = { text: string; bold?: boolean; italic?: boolean };

/** One block of a lesson, in reading order. */
export type LessonBlock =
  | { kind: 'heading'; depth: 2 | 3; text: string }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'quote'; runs: Run[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Run[][] }
  | { kind: 'diagram'; id: string }
  | { kind: 'exercise'; id: string };

type Node = MdastRoot | RootContent;

function idOf(node: Node): string | undefined {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  return attribute && typeof attribute.value === 'string' ? attribute.value : undefined;
}

/** The inline content of `node` as runs; neighbouring runs with the same emphasis are merged. */
export function runsOf(node: Node, style: { bold?: boolean; italic?: boolean } = {}): Run[] {
  const runs: Run[] = [];
  const push = (text: string, at: { bold?: boolean; italic?: boolean }) => {
    if (!text) return;
    const last = runs.at(-1);
    if (last && !!last.bold === !!at.bold && !!last.italic === !!at.italic) last.text += text;
    else runs.push({ text, ...(at.bold ? { bold: true } : {}), ...(at.italic ? { italic: true } : {}) });
  };
  const walk = (current: Node, at: { bold?: boolean; italic?: boolean }) => {
    switch (current.type) {
      case 'text':
      case 'inlineCode':
        push(current.value.replace(/\s*\n\s*/g, ' '), at);
        return;
      case 'break':
        push(' ', at);
        return;
      case 'strong':
        current.children.forEach((child) => walk(child, { ...at, bold: true }));
        return;
      case 'emphasis':
        current.children.forEach((child) => walk(child, { ...at, italic: true }));
        return;
      default:
        if ('children' in current) current.children.forEach((child) => walk(child as Node, at));
    }
  };
  walk(node, style);
  return runs;
}

function listItemRuns(item: Node): Run[] {
  // A list item holds paragraphs (and, rarely, a nested list): one line of runs, parts joined by a space.
  const parts = 'children' in item ? (item.children as Node[]).map((child) => runsOf(child)).filter((r) => r.length > 0) : [];
  return parts.flatMap((runs, index) => (index === 0 ? runs : [{ text: ' ' }, ...runs]));
}

/** The printable blocks of a lesson's MDX tree (mdast with MDX JSX nodes), in reading order. */
export function blocksOf(tree: MdastRoot): LessonBlock[] {
  const blocks: LessonBlock[] = [];
  for (const node of tree.children) {
    switch (node.type) {
      case 'heading': {
        const text = runsOf(node)
          .map((run) => run.text)
          .join('')
          .trim();
        // The lesson's own title is the frontmatter's; a stray h1 or a deep heading prints as h3.
        blocks.push({ kind: 'heading', depth: node.depth === 2 ? 2 : 3, text });
        break;
      }
      case 'paragraph': {
        // An exercise or diagram written inside a paragraph is refused by the build; here only the words count.
        const runs = runsOf(node);
        if (runs.some((run) => run.text.trim())) blocks.push({ kind: 'paragraph', runs });
        break;
      }
      case 'blockquote':
        blocks.push({ kind: 'quote', runs: runsOf(node) });
        break;
      case 'list':
        blocks.push({ kind: 'list', ordered: !!node.ordered, start: node.start ?? 1, items: node.children.map(listItemRuns) });
        break;
      case 'mdxJsxFlowElement': {
        const id = idOf(node);
        if (id && node.name === 'Diagram') blocks.push({ kind: 'diagram', id });
        else if (id && node.name === 'Exercise') blocks.push({ kind: 'exercise', id });
        break;
      }
      default:
        // Frontmatter (yaml), thematic breaks, ESM: nothing to print.
        break;
    }
  }
  return blocks;
}

/** The plain text of runs. */
export function textOfRuns(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}
