import { Markdown } from '@/components/mdx/markdown';
import { MapView } from '@/components/studio/map-view';
import type { Checklist, TemplateHints } from '@/components/studio/types';
import type { MapSettings } from '@/lib/assignments/map-assignment';
import { statusAt } from '@/lib/assignments/opening-times';
import { formatDateTime } from '@/lib/format/dates';
import { countOf } from '@/lib/format/plural';
import { formatPoints } from '@/lib/format/points';
import { endSentence } from '@/lib/format/sentence';
import type { StudioMap } from '@/lib/studio/map';
import { JoinForm } from './join-form';
import { CriterionLevels, type MapHandInView } from './map-grade';
import { MapWork } from './map-work';
import { SwitchStudent } from './switch-student';
import styles from './map-work.module.css';

/** What this page needs of the assignment, the student and a hand-in (rows of lib/db, passed as props). */
type AssignmentProps = { code: string; title: string; opensAt: Date | null; closesAt: Date | null };

/**
 * The student's page of a map assignment ("Klantreiskaart"): the brief, then joining, working on the
 * map (autosaved) and handing in; after a hand-in that it arrived, and once graded the score per
 * criterion, the total and the teacher's feedback. A server component; only MapWork runs in the browser.
 */
export function MapAssignmentPage({
  assignment,
  settings,
  participant,
  draft,
  handIns,
  now,
}: {
  assignment: AssignmentProps;
  settings: MapSettings;
  participant: { displayName: string } | null;
  draft: StudioMap | null;
  handIns: MapHandInView[];
  now: Date;
}) {
  const status = statusAt(assignment, now);
  const latest = handIns.at(-1) ?? null;
  const graded = [...handIns].reverse().find((handIn) => handIn.gradedAt !== null) ?? null;
  const when =
    status === 'nog-niet-open' && assignment.opensAt
      ? `Deze opdracht gaat open op ${formatDateTime(assignment.opensAt)}.`
      : status === 'gesloten'
        ? 'Deze opdracht is gesloten.'
        : assignment.closesAt
          ? `Lever in vóór ${formatDateTime(assignment.closesAt)}.`
          : null;

  return (
    <div className="page assignment-page">
      <p className="eyebrow">Klantreiskaart · code {assignment.code}</p>
      <h1>{assignment.title}</h1>
      <p className="lead">
        Je maakt een kaart en levert die in.{settings.groups ? ' Je mag dat samen met je groep doen.' : ''} {when}
      </p>
      {settings.brief ? (
        <section className={styles.brief} aria-labelledby="opdracht">
          <h2 id="opdracht">De opdracht</h2>
          <Markdown source={settings.brief} />
        </section>
      ) : null}

      {!participant ? (
        status === 'open' ? (
          <JoinForm code={assignment.code} />
        ) : null
      ) : (
        <>
          {latest ? (
            <section className={styles.grade} aria-labelledby="ingeleverd">
              <h2 id="ingeleverd">Ingeleverd</h2>
              <p role="status">
                Je hebt je kaart ingeleverd op {formatDateTime(latest.handedInAt)}
                {handIns.length > 1
                  ? ` (${countOf(handIns.length, 'keer', 'keer')} ingeleverd; je docent beoordeelt de laatste)`
                  : ''}
                .{latest.members.length > 1 ? ` Groep: ${latest.members.join(', ')}.` : ''}
              </p>
              {graded ? (
                <Grade handIn={graded} settings={settings} older={graded !== latest} />
              ) : (
                <p>Je docent heeft je kaart nog niet beoordeeld.</p>
              )}
            </section>
          ) : null}
          {status === 'open' ? (
            <>
              <p>
                Hoi {endSentence(participant.displayName)} Je kaart wordt bewaard terwijl je werkt. Je kunt dus stoppen en later
                verder, ook op een andere computer, zolang de opdracht open is.
              </p>
              <SwitchStudent code={assignment.code} name={participant.displayName} working />
              <MapWork
                code={assignment.code}
                initial={draft ?? settings.start}
                checklist={settings.template.checklist as Checklist}
                hints={settings.template.hints as TemplateHints}
                groups={settings.groups}
                handedIn={latest !== null}
              />
            </>
          ) : (
            <>
              {latest ? (
                <section aria-labelledby="jouw-kaart">
                  <h2 id="jouw-kaart">Je ingeleverde kaart</h2>
                  <MapView map={latest.map} level={3} />
                </section>
              ) : (
                <p className="progressMessage">
                  {status === 'gesloten'
                    ? 'Je hebt bij deze opdracht niets ingeleverd. De opdracht is gesloten.'
                    : 'Deze opdracht is nog niet open. Wacht tot je docent hem opent.'}
                </p>
              )}
              <SwitchStudent code={assignment.code} name={participant.displayName} working={false} />
            </>
          )}
        </>
      )}
    </div>
  );
}

/** The teacher's grade: per criterion the level and its points, the total, the feedback. */
function Grade({ handIn, settings, older }: { handIn: MapHandInView; settings: MapSettings; older: boolean }) {
  return (
    <div aria-labelledby="beoordeling">
      <h3 id="beoordeling">Je beoordeling</h3>
      {older ? (
        <p>
          Deze beoordeling hoort bij je inlevering van {formatDateTime(handIn.handedInAt)}. Je nieuwste inlevering is nog niet
          beoordeeld.
        </p>
      ) : null}
      <CriterionLevels rubric={settings.rubric} levels={handIn.levels} />
      <p>
        Totaal: <strong>{formatPoints(handIn.points ?? 0, handIn.maxPoints ?? 0)}</strong>.
      </p>
      {handIn.feedback ? (
        <>
          <h4>Feedback van je docent</h4>
          <p className={styles.feedback}>{handIn.feedback}</p>
        </>
      ) : null}
    </div>
  );
}
