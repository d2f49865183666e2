import formStyles from '@/components/ui/form.module.css';
import type { ExportBank } from '@/lib/lms/bank-export';
import { countOf } from '@/lib/format/plural';
import type { Level } from '@/lib/scoring/schema';
import styles from './bank-export-form.module.css';

// The question-bank export on /docent/lms: a plain GET form to /docent/lms/vragenbank, so it works
// without JavaScript and the download is an ordinary link with the teacher's choice in its query.
// Nothing ticked in a group means all of it, as in the assignment form.

export type BankExportFormProps = {
  lessons: { slug: string; title: string; order: number; counts: Record<ExportBank, number> }[];
  levels: readonly Level[];
  types: { type: string; label: string }[];
};

const BANKS: { bank: ExportBank; name: string; text: string }[] = [
  {
    bank: 'toetsbank',
    name: 'Toetsbank',
    text: ': vragen die leerlingen nergens anders zien. Zet ze in je LMS alleen in een toets die leerlingen niet vooraf kunnen inzien.',
  },
  {
    bank: 'oefenbank',
    name: 'Oefenbank',
    text: ': de oefeningen uit de lessen. Leerlingen zien die met het antwoord in de lessen. Goed om te oefenen.',
  },
];

export function BankExportForm({ lessons, levels, types }: BankExportFormProps) {
  return (
    <form method="get" action="/docent/lms/vragenbank" className={formStyles.form}>
      <fieldset>
        <legend>Uit welke bank?</legend>
        {BANKS.map(({ bank, name, text }) => (
          <label key={bank} className={formStyles.choiceInline}>
            <input type="radio" name="bank" value={bank} defaultChecked={bank === 'toetsbank'} />
            <span>
              <strong>{name}</strong>
              {text}
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset aria-describedby="export-lessons-hint">
        <legend>Welke lessen?</legend>
        <p className={formStyles.formHint} id="export-lessons-hint">
          Kies niets voor alle lessen.
        </p>
        {lessons.map((lesson) => (
          <label key={lesson.slug} className={formStyles.choiceInline}>
            <input type="checkbox" name="lessons" value={lesson.slug} />
            <span>
              Les {lesson.order}: {lesson.title}{' '}
              <span className="muted">
                ({countOf(lesson.counts.toetsbank, 'vraag', 'vragen')} in de toetsbank,{' '}
                {countOf(lesson.counts.oefenbank, 'oefening', 'oefeningen')} in de oefenbank)
              </span>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset aria-describedby="export-levels-hint">
        <legend>Welk denkniveau?</legend>
        <p className={formStyles.formHint} id="export-levels-hint">
          De niveaus van Bloom. Kies niets voor alle niveaus.
        </p>
        <div className={styles.columns}>
          {levels.map((level) => (
            <label key={level} className={formStyles.choiceInline}>
              <input type="checkbox" name="levels" value={level} />
              <span>{level}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset aria-describedby="export-types-hint">
        <legend>Welke soorten vragen?</legend>
        <p className={formStyles.formHint} id="export-types-hint">
          Kies niets voor alle soorten. Open vragen kijkt het LMS niet na; die kijk je zelf na.
        </p>
        <div className={styles.columns}>
          {types.map(({ type, label }) => (
            <label key={type} className={formStyles.choiceInline}>
              <input type="checkbox" name="types" value={type} />
              <span>{label}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <p className={formStyles.formHint} id="export-format-hint">
        Kies het bestand voor jouw LMS. Welk bestand past bij welk LMS, staat hierboven bij elk LMS.
      </p>
      <div className="exercise-actions">
        <button type="submit" name="format" value="qti" className="button button-primary" aria-describedby="export-format-hint">
          Download QTI 2.1 (.zip)
        </button>
        <button type="submit" name="format" value="moodle" className="button" aria-describedby="export-format-hint">
          Download Moodle XML (.xml)
        </button>
      </div>
    </form>
  );
}
