// What a package says about a result, in Dutch. Pure.
import { formatPoints } from '../format/points';
import { wholePercent } from '../format/percent';
import { countOf } from '../format/plural';
import { score } from '../scoring';
import type { PackageItem } from './package';
import type { Connection, Mode, Progress } from './runtime';

const percent = (fraction: number) => `${wholePercent(fraction)} %`;

/** "Je hebt 7,5 van de 10 punten: 75 %. Geslaagd (nodig: 55 %)." */
export function quizVerdict(progress: Pick<Progress, 'points' | 'maxPoints' | 'success'>, mastery: number): string {
  const fraction = progress.maxPoints > 0 ? progress.points / progress.maxPoints : 0;
  const points = formatPoints(progress.points, progress.maxPoints).replace(' van ', ' van de ');
  const verdict = progress.success === 'passed' ? 'Geslaagd' : 'Niet geslaagd';
  return `Je hebt ${points}: ${percent(fraction)}. ${verdict} (nodig: ${percent(mastery)}).`;
}

/** One lesson's part of a quiz result. */
export type LessonResult = { slug: string; title: string; points: number; maxPoints: number; questions: number; review: boolean };

/**
 * The result per lesson, in the order the lessons first appear; `review` where the share is below
 * the pass mark ("which topic to review"). Questions without a lesson are left out.
 */
export function resultsByLesson(items: readonly PackageItem[], answers: readonly unknown[], mastery: number): LessonResult[] {
  const byLesson = new Map<string, LessonResult>();
  items.forEach((item, index) => {
    if (!item.lesson) return;
    const result = score(item.exercise, answers[index] ?? null);
    const entry = byLesson.get(item.lesson.slug) ?? { ...item.lesson, points: 0, maxPoints: 0, questions: 0, review: false };
    entry.points += answers[index] == null ? 0 : result.points;
    entry.maxPoints += result.maxPoints;
    entry.questions += 1;
    byLesson.set(item.lesson.slug, entry);
  });
  return [...byLesson.values()].map((entry) => ({
    ...entry,
    review: entry.maxPoints > 0 && entry.points / entry.maxPoints < mastery - 1e-9,
  }));
}

/** "1,5 van 3 punten (3 vragen)": one lesson's line of a quiz result. */
export function lessonLine(result: LessonResult): string {
  return `${formatPoints(result.points, result.maxPoints)} (${countOf(result.questions, 'vraag', 'vragen')})`;
}

/** The line at the top of a package: whether and where the answers are stored. */
export function statusLine({ connection, mode, resumed }: { connection: Connection; mode: Mode; resumed: boolean }): string {
  if (connection === 'none') return 'Dit is een oefenversie buiten je leeromgeving: je antwoorden worden nergens opgeslagen.';
  if (connection === 'failed')
    return 'De verbinding met je leeromgeving lukt niet: je antwoorden worden nu niet opgeslagen. Je kunt wel oefenen.';
  if (mode !== 'normal') return 'Je bekijkt dit alleen: je antwoorden en je cijfer worden niet opgeslagen.';
  return resumed
    ? 'Welkom terug. Je antwoorden van de vorige keer staan er nog. Alles wordt opgeslagen in je leeromgeving.'
    : 'Je antwoorden worden meteen opgeslagen in je leeromgeving.';
}
