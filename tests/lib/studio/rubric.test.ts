import { describe, expect, test } from 'vitest';
import { maxPoints, RubricSchema, scoreRubric, type Rubric } from '@/lib/studio/rubric';

const level = (label: string, points: number) => ({ label, points, description: '' });
const rubric: Rubric = {
  title: 'Rubriek',
  criteria: [
    {
      id: 'touchpoints',
      title: 'Touchpoints',
      description: '',
      levels: [level('Onvoldoende', 0), level('Voldoende', 2), level('Goed', 3)],
    },
    { id: 'loyaliteit', title: 'Loyaliteit', description: '', levels: [level('Nee', 0), level('Ja', 1.5)] },
  ],
};

describe('scoreRubric', () => {
  test('full, partial and zero', () => {
    expect(maxPoints(rubric)).toBe(4.5);
    expect(scoreRubric(rubric, { touchpoints: 2, loyaliteit: 1 })).toEqual({ points: 4.5, max: 4.5, complete: true, errors: [] });
    expect(scoreRubric(rubric, { touchpoints: 1 })).toEqual({ points: 2, max: 4.5, complete: false, errors: [] });
    expect(scoreRubric(rubric, { touchpoints: 0, loyaliteit: 0 })).toEqual({ points: 0, max: 4.5, complete: true, errors: [] });
    expect(scoreRubric(rubric, {})).toEqual({ points: 0, max: 4.5, complete: false, errors: [] });
  });

  test('malformed input is ignored and named: an unknown criterion, a level out of range', () => {
    expect(scoreRubric(rubric, { touchpoints: 2, loyaliteit: 1, extra: 0 })).toEqual({
      points: 4.5,
      max: 4.5,
      complete: true,
      errors: ['Criterium "extra" bestaat niet in deze rubriek.'],
    });
    const bad = scoreRubric(rubric, { touchpoints: 3, loyaliteit: -1 });
    expect(bad).toMatchObject({ points: 0, complete: false });
    expect(bad.errors).toEqual([
      'Criterium "Touchpoints": niveau 3 bestaat niet (kies 0 tot en met 2).',
      'Criterium "Loyaliteit": niveau -1 bestaat niet (kies 0 tot en met 1).',
    ]);
    expect(scoreRubric(rubric, { touchpoints: 1.5 } as Record<string, number>).errors).toHaveLength(1);
    expect(scoreRubric(rubric, { touchpoints: '1' } as unknown as Record<string, number>).errors).toHaveLength(1);
    expect(scoreRubric(rubric, null as unknown as Record<string, number>)).toMatchObject({
      points: 0,
      complete: false,
      errors: ['De niveaus ontbreken.'],
    });
    // A key of Object.prototype is not a criterion.
    expect(scoreRubric(rubric, JSON.parse('{"__proto__": 1, "toString": 0}')).errors).toEqual([
      'Criterium "__proto__" bestaat niet in deze rubriek.',
      'Criterium "toString" bestaat niet in deze rubriek.',
    ]);
  });
});

describe('RubricSchema', () => {
  const criterion = (id: string) => ({ id, title: 'C', description: '', levels: [level('A', 0), level('B', 1)] });
  test('accepts a rubric within the bounds, trims text', () => {
    const parsed = RubricSchema.safeParse({ title: '  Mijn rubriek ', criteria: [criterion('a')] });
    expect(parsed.success && parsed.data.title).toBe('Mijn rubriek');
  });
  test.each([
    ['no criteria', { title: 'R', criteria: [] }],
    ['13 criteria', { title: 'R', criteria: Array.from({ length: 13 }, (_, i) => criterion(`c${i}`)) }],
    [
      '7 levels',
      { title: 'R', criteria: [{ ...criterion('a'), levels: Array.from({ length: 7 }, (_, i) => level(`L${i}`, i)) }] },
    ],
    ['1 level', { title: 'R', criteria: [{ ...criterion('a'), levels: [level('A', 0)] }] }],
    ['negative points', { title: 'R', criteria: [{ ...criterion('a'), levels: [level('A', -1), level('B', 1)] }] }],
    ['a third of a point', { title: 'R', criteria: [{ ...criterion('a'), levels: [level('A', 0), level('B', 0.3)] }] }],
    ['a long description', { title: 'R', criteria: [{ ...criterion('a'), description: 'x'.repeat(501) }] }],
    ['an empty title', { title: '  ', criteria: [criterion('a')] }],
    ['two criteria with one id', { title: 'R', criteria: [criterion('a'), criterion('a')] }],
    ['an unknown field', { title: 'R', criteria: [criterion('a')], extra: 1 }],
  ])('refuses %s', (_, value) => {
    expect(RubricSchema.safeParse(value).success).toBe(false);
  });
});
