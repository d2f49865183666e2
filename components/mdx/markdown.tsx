import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

/**
 * Renders an exercise's Markdown (prompt, explanation) on the server. Raw HTML is dropped, so a
 * bank file cannot inject markup; no Markdown parser reaches the browser.
 */
export function Markdown({ source, inline = false }: { source: string; inline?: boolean }): ReactNode {
  const tree = toHast(fromMarkdown(source));
  // A one-paragraph prompt used as a label should not carry its own <p> margin.
  const root =
    inline &&
    tree.type === 'root' &&
    tree.children.length === 1 &&
    tree.children[0]?.type === 'element' &&
    tree.children[0].tagName === 'p'
      ? { type: 'root' as const, children: tree.children[0].children }
      : tree;
  return toJsxRuntime(root, { Fragment, jsx, jsxs });
}
