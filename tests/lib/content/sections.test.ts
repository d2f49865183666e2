import { describe, expect, test } from 'vitest';
import { sectionsOf, type LessonHeading } from '@/lib/content/lesson-schema';

describe('the section an exercise stands in', () => {
  const headings: LessonHeading[] = [
    { depth: 2, text: 'Soorten touchpoints', id: 'soorten-touchpoints', line: 10 },
    { depth: 3, text: 'Direct en indirect', id: 'direct-en-indirect', line: 12 },
    { depth: 2, text: 'Touchpoints in de winkel', id: 'touchpoints-in-de-winkel', line: 40 },
  ];

  test('is the last h2 above it, not an h3', () => {
    expect(
      sectionsOf(headings, [
        { id: 'm-direct', line: 20 },
        { id: 'm-winkel', line: 45 },
      ]),
    ).toEqual({
      'm-direct': { id: 'soorten-touchpoints', text: 'Soorten touchpoints' },
      'm-winkel': { id: 'touchpoints-in-de-winkel', text: 'Touchpoints in de winkel' },
    });
  });

  test('an exercise above every section has none', () => {
    expect(sectionsOf(headings, [{ id: 'intro', line: 3 }])).toEqual({});
  });
});
