// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { DIAGRAM_COMPONENTS } from '@/components/diagrams/diagrams';
import { DIAGRAMS } from '@/lib/content/diagrams';

// The build checks every <Diagram id="…" /> in a lesson against DIAGRAMS; the lesson page renders
// it with DIAGRAM_COMPONENTS. An id in one list and not the other passes the build and breaks the page.
describe('DIAGRAMS names exactly the diagram components', () => {
  test('the same ids, none repeated', () => {
    expect(new Set(DIAGRAMS).size).toBe(DIAGRAMS.length);
    expect(Object.keys(DIAGRAM_COMPONENTS).sort()).toEqual([...DIAGRAMS].sort());
  });

  // A picture has a <figcaption>; a diagram that is a table has the table's <caption>.
  test.each([...DIAGRAMS])('%s renders a figure with a caption', (id) => {
    const Diagram = DIAGRAM_COMPONENTS[id];
    const { container } = render(<Diagram />);
    expect(container.querySelector('figure :is(figcaption, caption)')?.textContent?.trim()).toBeTruthy();
  });
});
