import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { Breadcrumb } from '@/components/teacher/breadcrumb';
import { getCourse } from '@/lib/content/course.server';
import { listAssignments } from '@/lib/db/assignments.server';
import { getDb } from '@/lib/db/client.server';
import { deepLinkOf, platformById } from '@/lib/db/lti.server';
import { courseChoices } from '@/lib/lti/course-content.server';
import { requireTeacher } from '@/lib/server/teacher.server';
import styles from './koppelen.module.css';

export const metadata: Metadata = { title: 'Klantreis toevoegen aan je cursus', robots: { index: false } };

/**
 * A teacher in their LMS chose "add Klantreis" (LTI Deep Linking): they pick one of their
 * assignments, a lesson or the Eindtoets, and the LMS gets it as an activity with a gradebook column.
 */
export default async function DeepLinkPage({ params }: { params: Promise<{ id: string }> }) {
  const teacher = await requireTeacher();
  const { id } = await params;
  const db = await getDb();
  const link = id.length <= 100 ? await deepLinkOf(db, teacher.id, id, new Date()) : null;
  if (!link) {
    return (
      <main id="main" className={styles.page}>
        <Breadcrumb />
        <h1>Klantreis toevoegen aan je cursus</h1>
        <p role="alert">Deze keuze is verlopen of al gemaakt. Kies in je LMS opnieuw voor Klantreis toevoegen.</p>
      </main>
    );
  }
  const [platform, assignments, course] = await Promise.all([
    platformById(db, link.platformId),
    listAssignments(db, teacher.id),
    getCourse(),
  ]);
  const { lessons, finalTest } = courseChoices(course);
  return (
    <main id="main" className={styles.page}>
      <Breadcrumb />
      <h1>Klantreis toevoegen aan je cursus</h1>
      <p>
        Kies wat je studenten vanuit {platform?.name ?? 'je LMS'} openen. Ze hoeven geen code in te vullen. Na het inleveren komt
        hun score vanzelf in het cijferboek (als percentage), en jij ziet de uitslag per vraag in Klantreis.
      </p>
      <form method="post" action="/api/lti/deep-link">
        <input type="hidden" name="koppeling" value={id} />
        <fieldset className={styles.choices}>
          <legend>Je opdrachten</legend>
          {assignments.length === 0 ? (
            <p className={styles.empty}>Je hebt nog geen opdrachten.</p>
          ) : (
            assignments.map((assignment, index) => (
              <label key={assignment.id} className={styles.choice}>
                <input type="radio" name="opdracht" value={assignment.id} required defaultChecked={index === 0} />
                <span>
                  <strong>{assignment.title}</strong>
                  <span className={styles.kind}>{assignment.kind === 'kaart' ? 'Klantreiskaart' : 'Toets'}</span>
                </span>
              </label>
            ))
          )}
        </fieldset>
        <fieldset className={styles.choices}>
          <legend>Een les of de Eindtoets</legend>
          <p className={styles.note}>
            Klantreis maakt er een opdracht van met de oefeningen uit de les. Die oefeningen staan ook open op de site: gebruik
            dit om te oefenen, niet voor een toets die telt.
          </p>
          {[...lessons, finalTest].map((choice, index) => (
            <label key={choice.value} className={styles.choice}>
              <input
                type="radio"
                name="opdracht"
                value={choice.value}
                required
                defaultChecked={assignments.length === 0 && index === 0}
              />
              <span>
                <strong>{choice.title}</strong>
                <span className={styles.kind}>
                  {choice.count} {choice.count === 1 ? 'vraag' : 'vragen'}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <p className={styles.actions}>
          <button type="submit" className="button button-primary">
            Toevoegen aan je cursus
          </button>
        </p>
      </form>
      <p>
        Staat je opdracht er niet bij? <Link href="/docent/opdrachten/nieuw">Maak een nieuwe opdracht</Link>. Op de pagina van die
        opdracht brengt een link je hier terug.
      </p>
      <form method="post" action="/api/lti/deep-link">
        <input type="hidden" name="koppeling" value={id} />
        <input type="hidden" name="opdracht" value="geen" />
        <button type="submit" className="button">
          Annuleren en terug naar je LMS
        </button>
      </form>
    </main>
  );
}
