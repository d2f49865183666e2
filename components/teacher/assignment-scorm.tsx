import formStyles from '@/components/ui/form.module.css';
import { PassMarkField, ScormVersionField } from './scorm-version-fields';

/**
 * On a quiz assignment's page: its exercise set as a SCORM quiz for the school's learning environment.
 * The package scores in the browser, so the answers are inside it: the teacher reads that here.
 */
export function AssignmentScorm({ assignmentId }: { assignmentId: number }) {
  return (
    <section aria-labelledby="scorm-opdracht-kop" data-assignment-scorm="">
      <h2 id="scorm-opdracht-kop">Als SCORM-pakket</h2>
      <p>
        Zet deze vragen als toets in je eigen leeromgeving, zoals Moodle, Brightspace of itslearning. Let op: de antwoorden zitten
        in het pakket, zoals in elke SCORM-toets. Een handige leerling kan ze vinden. Gebruik voor een toets die echt telt de
        opdracht op deze site: die kijkt na op de server.
      </p>
      <form method="get" action={`/docent/opdrachten/${assignmentId}/scorm`} className={formStyles.form}>
        <PassMarkField id="scorm-opdracht-cesuur" />
        <ScormVersionField idPrefix="scorm-opdracht" />
        <button type="submit" className="button button-primary">
          Download als SCORM-pakket
        </button>
      </form>
    </section>
  );
}
