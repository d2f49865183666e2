import { Fragment, isValidElement, type ComponentType, type ReactNode } from 'react';
import { diagramPrintOf, type ClassStyles, type DiagramPrint, type PrintNode } from '@/lib/content/diagram-print';
import { DIAGRAM_COMPONENTS } from './diagrams';
import styles from './diagrams.module.css';
import { DiagramFigure } from './figure';
import { JourneyMap, JourneyMapVeloVolt } from './journey-map';

// The diagrams for the course PDF, made on the server without react-dom/server (which a route
// handler, in React's server layer, cannot import): the components are plain functions, so their
// element tree is expanded here by calling them. The two that use a hook (useId) are swapped for
// hook-free versions. lib/content/diagram-print.ts turns the tree into an SVG or a table.

/** The diagram classes as SVG attributes, in the light theme's colours (app/globals.css). */
const PRINT_STYLES: Record<keyof typeof styles & string, Record<string, string>> = {
  line: { stroke: '#b8b2a5', 'stroke-width': '3' },
  node: { fill: '#ffffff', stroke: '#0b6e6e', 'stroke-width': '2' },
  accent: { fill: '#0b6e6e' },
  onAccent: { fill: '#ffffff', 'font-weight': 'bold', 'font-size': '14' },
  number: { fill: '#085454', 'font-weight': 'bold', 'font-size': '15' },
  label: { fill: '#1d1f24', 'font-weight': 'bold', 'font-size': '15' },
  labelSmall: { fill: '#1d1f24', 'font-weight': 'bold', 'font-size': '13.5' },
  small: { fill: '#1d1f24', 'font-size': '13' },
};

/** The CSS Module's (hashed) class names mapped to their print attributes. */
function classStyles(): ClassStyles {
  const map: Record<string, Record<string, string>> = {};
  for (const [key, attrs] of Object.entries(PRINT_STYLES)) {
    // Under Vitest a CSS Module may map a class to nothing; then the key itself is the class name.
    map[(styles as Record<string, string | undefined>)[key] ?? key] = attrs;
  }
  return map;
}

function PrintFigure({ caption, viewBox, children }: { caption: string; viewBox: string; children: ReactNode }) {
  return (
    <figure>
      <svg viewBox={viewBox}>{children}</svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

const REPLACEMENTS = new Map<unknown, ComponentType<never>>([
  [DiagramFigure, PrintFigure as ComponentType<never>],
  [JourneyMapVeloVolt, (() => <JourneyMap curveTitleId="curve" />) as ComponentType<never>],
]);

const KEEP_CASE = new Set(['viewBox', 'preserveAspectRatio']);

function attributeName(name: string): string {
  if (name === 'className') return 'class';
  if (name === 'colSpan') return 'colspan';
  return KEEP_CASE.has(name) ? name : name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** The element tree of `node` with every function component called and fragments flattened. */
export function expand(node: ReactNode): PrintNode[] {
  if (node === null || node === undefined || typeof node === 'boolean') return [];
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return [String(node)];
  if (Array.isArray(node)) return node.flatMap((child: ReactNode) => expand(child));
  if (!isValidElement(node)) return [];
  const props = node.props as Record<string, unknown> & { children?: ReactNode };
  if (node.type === Fragment) return expand(props.children);
  if (typeof node.type === 'function') {
    const component = (REPLACEMENTS.get(node.type) ?? node.type) as (props: unknown) => ReactNode;
    return expand(component(props));
  }
  if (typeof node.type !== 'string') return [];
  const attrs: Record<string, string> = {};
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || value === undefined || value === null || typeof value === 'object' || typeof value === 'function')
      continue;
    attrs[attributeName(name)] = String(value);
  }
  return [{ tag: node.type, attrs, children: expand(props.children) }];
}

/** A lesson diagram ready for the PDF, by its id; null for an unknown id. */
export function diagramPrint(id: string): DiagramPrint | null {
  if (!Object.hasOwn(DIAGRAM_COMPONENTS, id)) return null;
  const Diagram = DIAGRAM_COMPONENTS[id as keyof typeof DIAGRAM_COMPONENTS] as () => ReactNode;
  return diagramPrintOf({ tag: 'root', attrs: {}, children: expand(<Diagram />) }, classStyles());
}
