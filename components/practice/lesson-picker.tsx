import '@/components/exercises/exercise.css';

type LessonRef = { slug: string; title: string; order: number };

/** Checkboxes to choose lessons (for a practice session or a practice exam). */
export function LessonPicker({
  legend,
  lessons,
  chosen,
  onChange,
}: {
  legend: string;
  lessons: LessonRef[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {lessons.map((lesson) => (
        <label key={lesson.slug} className="choiceLabel">
          <input
            type="checkbox"
            checked={chosen.includes(lesson.slug)}
            onChange={(event) =>
              onChange(event.target.checked ? [...chosen, lesson.slug] : chosen.filter((slug) => slug !== lesson.slug))
            }
          />
          <span>
            Les {lesson.order}: {lesson.title}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
