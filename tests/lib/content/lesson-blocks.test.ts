import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Root } from 'mdast';
import { expect, test } from 'vitest';
import { blocksOf, runsOf, textOfRuns } from '@/lib/content/lesson-blocks';

// Lessons are parsed by MDX (with JSX nodes); plain Markdown makes the same tree for everything else,
// and the JSX nodes are added by hand where a test needs them.
const md = (source: string) => fromMarkdown(source);

const jsx = (name: string, id: string, inline = false) =>
  ({
    type: inline ? 'mdxJsxTextElement' : 'mdxJsxFlowElement',
    name,
    attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
    children: inline ? [{ type: 'text', value: 'DMU' }] : [],
  }) as never;

test('headings, paragraphs, quotes and lists become blocks in reading order', () => {
  const blocks = blocksOf(md('## Een kop\n\nTekst met **vet** en *schuin*.\n\n> Anouk, 38 jaar.\n\n### Sub\n\n1. een\n2. twee\n\n- los'));
  expect(blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'quote', 'heading', 'list', 'list']);
  expect(blocks[0]).toEqual({ kind: 'heading', depth: 2, text: 'Een kop' });
  expect(blocks[1]).toEqual({
    kind: 'paragraph',
    runs: [{ text: 'Tekst met ' }, { text: 'vet', bold: true }, { text: ' en ' }, { text: 'schuin', italic: true }, { text: '.' }],
  });
  expect(blocks[4]).toMatchObject({ kind: 'list', ordered: true, start: 1, items: [[{ text: 'een' }], [{ text: 'twee' }]] });
  expect(blocks[5]).toMatchObject({ kind: 'list', ordered: false });
});

test('a glossary term reads as its words and a link as its text', () => {
  const paragraph = md('[de studio](/studio).').children[0] as Root['children'][number] & { children: unknown[] };
  paragraph.children.unshift({ type: 'text', value: 'Een ' }, jsx('Begrip', 'dmu', true), { type: 'text', value: ' en ' });
  expect(textOfRuns(runsOf(paragraph))).toBe('Een DMU en de studio.');
});

test('bold inside italic keeps both, and line breaks in a paragraph become spaces', () => {
  expect(runsOf(md('*schuin **beide***').children[0]!)).toEqual([
    { text: 'schuin ', italic: true },
    { text: 'beide', bold: true, italic: true },
  ]);
  expect(textOfRuns(runsOf(md('regel een\nregel twee').children[0]!))).toBe('regel een regel twee');
});

test('exercises and diagrams stay references; frontmatter and unknown elements are dropped', () => {
  const tree: Root = { type: 'root', children: [{ type: 'yaml', value: 'title: x' } as never, jsx('Diagram', 'zeven-c'), jsx('Exercise', 'p-wat-is'), jsx('Onbekend', 'x')] };
  expect(blocksOf(tree)).toEqual([
    { kind: 'diagram', id: 'zeven-c' },
    { kind: 'exercise', id: 'p-wat-is' },
  ]);
});

test('an h4 prints as a subheading and an empty paragraph is left out', () => {
  expect(blocksOf(md('#### Diep\n\n&#32;'))).toEqual([{ kind: 'heading', depth: 3, text: 'Diep' }]);
});
