import Link from '@/components/ui/link';
import { endSentence } from '@/lib/format/sentence';
import { LessonEndProgress, type LessonGoal } from './lesson-end-progress';

type LessonLink = { slug: string; order: number; title: string };

/**
 * The card at the end of a lesson: the score, the goals mastered, what to review, "Ik heb deze les
 * gelezen" and the next lesson. The frame and the next-lesson link are server HTML; only the
 * progress inside is a (small) client component, which shows a neutral text until progress loads.
 */
export function LessonEnd({
  lesson,
  exerciseIds,
  goals,
  next,
}: {
  lesson: LessonLink;
  exerciseIds: string[];
  goals: LessonGoal[];
  next?: LessonLink;
}) {
  return (
    <section className="lessonEnd" aria-labelledby="les-einde" data-lesson-end>
      <h2 id="les-einde">Einde van de les</h2>
      <p className="lessonEndIntro">{endSentence(`Je bent aan het einde van les ${lesson.order}: ${lesson.title}`)}</p>
      <LessonEndProgress slug={lesson.slug} exerciseIds={exerciseIds} goals={goals} />
      <p className="lessonEndNext">
        {next ? (
          <Link href={`/lessen/${next.slug}`} className="button button-primary">
            Volgende les: {next.title}
          </Link>
        ) : (
          <Link href="/" className="button button-primary">
            Terug naar het overzicht
          </Link>
        )}
      </p>
    </section>
  );
}
