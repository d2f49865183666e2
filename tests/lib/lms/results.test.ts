import { describe, expect, test } from 'vitest';
import type { PackageItem } from '@/lib/lms/package';
import { lessonLine, quizVerdict, resultsByLesson, statusLine } from '@/lib/lms/results';
import { solve, type Exercise } from '@/lib/scoring';

const choice = (id: string, points: number) =>
  ({
    id,
    type: 'single-choice',
    level: 'onthouden',
    topic: 't',
    prompt: 'Vraag',
    explanation: 'Uitleg',
    points,
    options: [
      { id: 'ja', text: 'Ja', correct: true },
      { id: 'nee', text: 'Nee' },
    ],
  }) as unknown as Exercise;
const item = (exercise: Exercise, slug: string): PackageItem => ({
  exercise,
  html: { prompt: 'Vraag' },
  lesson: { slug, title: `Les ${slug}` },
});

describe('quiz results in Dutch', () => {
  test('points, percentage and the verdict against the pass mark', () => {
    expect(quizVerdict({ points: 7.5, maxPoints: 10, success: 'passed' }, 0.55)).toBe(
      'Je hebt 7,5 van de 10 punten: 75 %. Geslaagd (nodig: 55 %).',
    );
    expect(quizVerdict({ points: 1, maxPoints: 4, success: 'failed' }, 0.55)).toBe(
      'Je hebt 1 van de 4 punten: 25 %. Niet geslaagd (nodig: 55 %).',
    );
  });

  test('per lesson, which lesson to review', () => {
    const items = [item(choice('a', 1), 'personas'), item(choice('b', 2), 'fasen'), item(choice('c', 1), 'personas')];
    const answers = [solve(items[0]!.exercise), { optionId: 'nee' }, null];
    const results = resultsByLesson(items, answers, 0.55);
    expect(results.map(({ slug, points, maxPoints, review }) => [slug, points, maxPoints, review])).toEqual([
      ['personas', 1, 2, true],
      ['fasen', 0, 2, true],
    ]);
    expect(resultsByLesson(items, answers, 0.5)[0]!.review).toBe(false);
    expect(lessonLine(results[0]!)).toBe('1 van 2 punten (2 vragen)');
    expect(lessonLine({ ...results[1]!, questions: 1 })).toBe('0 van 2 punten (1 vraag)');
  });

  test('one calm line about where the answers go', () => {
    const line = (connection: 'none' | 'failed' | 'ok', mode = 'normal', resumed = false) =>
      statusLine({ connection, mode: mode as 'normal', resumed });
    expect(line('none')).toBe('Dit is een oefenversie buiten je leeromgeving: je antwoorden worden nergens opgeslagen.');
    expect(line('failed')).toBe(
      'De verbinding met je leeromgeving lukt niet: je antwoorden worden nu niet opgeslagen. Je kunt wel oefenen.',
    );
    expect(line('ok', 'review')).toBe('Je bekijkt dit alleen: je antwoorden en je cijfer worden niet opgeslagen.');
    expect(line('ok')).toBe('Je antwoorden worden meteen opgeslagen in je leeromgeving.');
    expect(line('ok', 'normal', true)).toMatch(/^Welkom terug\./);
  });
});
