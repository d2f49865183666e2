import { DEFAULT_MASTERY } from '@/lib/lms/package';
import formStyles from '@/components/ui/form.module.css';
import styles from './scorm-downloads.module.css';

/** The SCORM version, as two choices: 1.2 (Moodle takes only this one) or 2004 4th edition. */
export function ScormVersionField({ idPrefix }: { idPrefix: string }) {
  return (
    <fieldset>
      <legend>SCORM-versie</legend>
      <label className={formStyles.choiceInline}>
        <input type="radio" name="versie" value="1.2" defaultChecked id={`${idPrefix}-versie-12`} />
        <span>SCORM 1.2: werkt in elke elektronische leeromgeving, ook in Moodle</span>
      </label>
      <label className={formStyles.choiceInline}>
        <input type="radio" name="versie" value="2004" id={`${idPrefix}-versie-2004`} />
        <span>SCORM 2004 (4th edition): voor Brightspace, Canvas, Blackboard en itslearning</span>
      </label>
    </fieldset>
  );
}

/** The pass mark in whole percents (1–100); 55 % is the Dutch 5.5. */
export function PassMarkField({ id }: { id: string }) {
  return (
    <div className={formStyles.formField}>
      <label htmlFor={id}>Cesuur (procent)</label>
      <p className={formStyles.formHint} id={`${id}-hint`}>
        Zoveel procent van de punten heeft een leerling nodig om te slagen. Standaard is dat {Math.round(DEFAULT_MASTERY * 100)}%,
        een 5,5.
      </p>
      <input
        id={id}
        name="cesuur"
        type="number"
        inputMode="numeric"
        min={1}
        max={100}
        step={1}
        required
        defaultValue={Math.round(DEFAULT_MASTERY * 100)}
        aria-describedby={`${id}-hint`}
        className={styles.mark}
      />
    </div>
  );
}
