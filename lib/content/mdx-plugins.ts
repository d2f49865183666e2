import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root as MdastRoot, RootContent } from 'mdast';
import { blocksOf, type LessonBlock } from './lesson-blocks';
import type { LessonHeading } from './lesson-schema';
import { slugify } from './slug';

/** A JSX element found in a lesson: its name, whether it sits inside a paragraph, its `id`. */
export type JsxUse = { name: string; inline: boolean; id: string | undefined; line: number | undefined; esm?: boolean };

type MdastNode = MdastRoot | RootContent;

/** remark plugin: records every JSX element and import/export of the MDX into `uses`. */
export function remarkCollectJsx(uses: JsxUse[]) {
  return () => (tree: MdastRoot) => {
    const walk = (node: MdastNode) => {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const idAttribute = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id');
        const id = idAttribute && typeof idAttribute.value === 'string' ? idAttribute.value : undefined;
        uses.push({ name: node.name ?? '', inline: node.type === 'mdxJsxTextElement', id, line: node.position?.start.line });
      }
      // `import`/`export` lines written in the MDX (typed by mdast-util-mdxjs-esm, which we do not
      // import); the frontmatter export mdx-bundler generates has no position and is skipped.
      if ((node.type as string) === 'mdxjsEsm' && node.position) uses.push({ name: '', inline: false, id: undefined, line: node.position?.start.line, esm: true });
      if ('children' in node) node.children.forEach((child) => walk(child as MdastNode));
    };
    walk(tree);
  };
}

/** remark plugin: records the lesson's printable blocks (for the course PDF) into `blocks`. */
export function remarkCollectBlocks(blocks: LessonBlock[]) {
  return () => (tree: MdastRoot) => {
    blocks.push(...blocksOf(tree));
  };
}

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** rehype plugin: gives every h2 and h3 a unique id from its text and records it for the contents list. */
export function rehypeHeadingIds(headings: LessonHeading[]) {
  return () => (tree: HastRoot) => {
    const taken = new Map<string, number>();
    const walk = (node: HastRoot | ElementContent) => {
      if (node.type === 'element' && (node.tagName === 'h2' || node.tagName === 'h3')) {
        const text = textOf(node).trim();
        const base = slugify(text) || 'kop';
        const count = taken.get(base) ?? 0;
        taken.set(base, count + 1);
        const id = count === 0 ? base : `${base}-${count + 1}`;
        node.properties = { ...node.properties, id };
        headings.push({ depth: node.tagName === 'h2' ? 2 : 3, text, id, line: node.position?.start.line });
      }
      if ('children' in node) node.children.forEach((child) => walk(child as ElementContent));
    };
    walk(tree);
  };
}
