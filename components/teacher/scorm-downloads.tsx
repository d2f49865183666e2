import formStyles from '@/components/ui/form.module.css';
import { PassMarkField, ScormVersionField } from './scorm-version-fields';
import styles from './scorm-downloads.module.css';

/**
 * The SCORM downloads of /docent/lms: one lesson, or the Eindtoets with a pass mark. Plain GET forms
 * to the teacher's download route: no JavaScript, the browser saves the zip.
 */
export function ScormDownloads({ lessons }: { lessons: readonly { slug: string; title: string }[] }) {
  return (
    <div className={styles.kinds} data-scorm-downloads="">
      <form method="get" action="/docent/lms/scorm" className={formStyles.form} aria-labelledby="scorm-les-kop">
        <h3 id="scorm-les-kop">Een les</h3>
        <p>De tekst, de figuren en de oefeningen van één les. De leeromgeving krijgt het cijfer voor de oefeningen.</p>
        <input type="hidden" name="soort" value="les" />
        <div className={formStyles.formField}>
          <label htmlFor="scorm-les">Les</label>
          <select id="scorm-les" name="les" required className={styles.select}>
            {lessons.map((lesson) => (
              <option key={lesson.slug} value={lesson.slug}>
                {lesson.title}
              </option>
            ))}
          </select>
        </div>
        <ScormVersionField idPrefix="scorm-les" />
        <button type="submit" className="button button-primary">
          Download de les
        </button>
      </form>
      <form method="get" action="/docent/lms/scorm" className={formStyles.form} aria-labelledby="scorm-eindtoets-kop">
        <h3 id="scorm-eindtoets-kop">De Eindtoets</h3>
        <p>Alle vragen van de Eindtoets. Een leerling slaagt of zakt op de cesuur die je hier kiest.</p>
        <input type="hidden" name="soort" value="eindtoets" />
        <PassMarkField id="scorm-eindtoets-cesuur" />
        <ScormVersionField idPrefix="scorm-eindtoets" />
        <button type="submit" className="button button-primary">
          Download de Eindtoets
        </button>
      </form>
    </div>
  );
}
