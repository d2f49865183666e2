import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from '@/components/ui/link';
import { redirect } from 'next/navigation';
import { AnswerMarks, type Mark } from '@/components/assignment/answer-marks';
import { AssignmentReview } from '@/components/assignment/assignment-review';
import { AssignmentRunner } from '@/components/assignment/assignment-runner';
import { FocusResult } from '@/components/assignment/focus-result';
import { JoinForm } from '@/components/assignment/join-form';
import { MapAssignmentPage } from '@/components/assignment/map-page';
import { draftOf, handInsOf } from '@/lib/db/studio.server';
import { NewAttemptButton } from '@/components/assignment/new-attempt';
import { SwitchStudent } from '@/components/assignment/switch-student';
import type { Question, Reviewed } from '@/components/questions/question';
import { toQuestion } from '@/components/questions/to-question';
import { normalizeCode } from '@/lib/assignments/code';
import { reviewOf } from '@/lib/assignments/grade';
import { questionText } from '@/lib/server/labels.server';
import { countingAttempt } from '@/lib/assignments/results';
import { answersVisible, statusAt } from '@/lib/assignments/opening-times';
import { getDb } from '@/lib/db/client.server';
import { formatDateTime } from '@/lib/format/dates';
import { formatPercentWords } from '@/lib/format/percent';
import { formatPoints } from '@/lib/format/points';
import { countOf } from '@/lib/format/plural';
import { endSentence } from '@/lib/format/sentence';
import { attemptsOf } from '@/lib/db/participation.server';
import { clientIp } from '@/lib/server/request.server';
import { assignmentForStudent, codeMissMessage, questionsOf } from '@/lib/server/student.server';
import '@/components/progress/progress.css';
import questionStyles from '@/components/questions/questions.module.css';

export const metadata: Metadata = { title: 'Opdracht', robots: { index: false } };

// The student's page knows each question by its place (v1, v2 …), never by its bank id or lesson:
// its questions are built from the page's version of each exercise (`exercise`, ids hashed).

export default async function AssignmentPage({ params }: { params: Promise<{ code: string }> }) {
  const raw = (await params).code;
  const code = normalizeCode(raw);
  if (code && code !== raw) redirect(`/opdracht/${code}`);
  const { lookup: found, participant } = await assignmentForStudent(raw, clientIp(await headers()));
  if (!found.ok) {
    return (
      <div className="page assignment-page">
        <h1>{found.reason === 'limited' ? 'Even wachten' : 'Deze code kennen we niet'}</h1>
        <p className="lead">
          {found.reason === 'limited'
            ? codeMissMessage(found)
            : 'Kijk of je de code goed hebt overgenomen, of vraag hem nog eens aan je docent.'}
        </p>
        <p>
          <Link href="/opdracht" className="button">
            Vul de code opnieuw in
          </Link>
        </p>
      </div>
    );
  }
  const { assignment, exercises } = found;
  if (assignment.kind === 'kaart' && assignment.studio) {
    const db = await getDb();
    const [draft, handIns] = participant
      ? await Promise.all([draftOf(db, participant.id), handInsOf(db, participant.id)])
      : [null, []];
    return (
      <MapAssignmentPage
        assignment={assignment}
        settings={assignment.studio}
        participant={participant}
        draft={draft?.map ?? null}
        handIns={handIns}
        now={new Date()}
      />
    );
  }
  const pageQuestions = questionsOf(assignment, exercises);
  const now = new Date();
  const status = statusAt(assignment, now);
  const attempts = participant ? await attemptsOf(await getDb(), participant.id) : [];
  const open = attempts.find((attempt) => attempt.submittedAt === null);
  const handedIn = attempts.filter((attempt) => attempt.submittedAt !== null);

  const when =
    status === 'nog-niet-open' && assignment.opensAt
      ? `Deze opdracht gaat open op ${formatDateTime(assignment.opensAt)}.`
      : status === 'gesloten'
        ? 'Deze opdracht is gesloten.'
        : assignment.closesAt
          ? `Lever in vóór ${formatDateTime(assignment.closesAt)}.`
          : null;

  const header = (
    <>
      <p className="eyebrow">Opdracht · code {assignment.code}</p>
      <h1>{assignment.title}</h1>
      <p className="lead">
        {countOf(exercises.length, 'vraag', 'vragen')}.{' '}
        {assignment.maxAttempts === 1
          ? 'Je mag de opdracht één keer inleveren.'
          : `Je mag hem ${assignment.maxAttempts} keer inleveren; je beste poging telt.`}{' '}
        {when}
      </p>
    </>
  );

  if (!participant) {
    return (
      <div className="page assignment-page">
        {header}
        {status === 'open' ? <JoinForm code={assignment.code} /> : null}
      </div>
    );
  }

  if (open && status === 'open') {
    const stored = new Map(open.answers.map((answer) => [answer.exerciseId, answer.response]));
    const saved = Object.fromEntries(
      pageQuestions.flatMap((question) =>
        stored.has(question.bank.id) ? [[question.id, question.toPage(stored.get(question.bank.id))]] : [],
      ),
    );
    const questions = pageQuestions.map(({ id, exercise }) => toQuestion(exercise, { flow: 'graded', id }));
    return (
      <div className="page assignment-page">
        {header}
        <p>
          Hoi {endSentence(participant.displayName)} {open.number > 1 ? `Dit is poging ${open.number}. ` : ''}Je antwoorden worden
          bewaard terwijl je werkt. Je kunt dus stoppen en later verder, ook op een andere dag, zolang de opdracht open is.
        </p>
        <SwitchStudent code={assignment.code} name={participant.displayName} working />
        <AssignmentRunner code={assignment.code} attempt={open.number} questions={questions} initialResponses={saved} />
      </div>
    );
  }

  const best = countingAttempt(
    handedIn.map((attempt) => ({
      ...attempt,
      submittedAt: attempt.submittedAt!,
      points: attempt.points ?? 0,
      maxPoints: attempt.maxPoints ?? 0,
    })),
  );
  const latest = handedIn.at(-1);
  const visible = answersVisible(assignment, now);
  const canRetry = status === 'open' && !open && attempts.length < assignment.maxAttempts;

  let review: Reviewed<Question<'server'>>[] = [];
  let marks: Mark[] = [];
  // The stored result of the hand-in, never scored again: a later edit of the bank changes nothing here.
  const stored = latest ? reviewOf(pageQuestions, latest.answers) : [];
  if (visible && latest) {
    review = pageQuestions.map(({ id, exercise: shown }, index) => ({
      ...toQuestion(shown, { flow: 'review', id }),
      response: stored[index]!.response,
      score: stored[index]!.score,
    }));
  } else if (latest && assignment.showAnswers !== 'nooit') {
    // Answers wait for the closing time, but what was right and wrong shows at once: ✓/✗ per question.
    marks = pageQuestions.map(({ id, exercise: shown }, index) => ({
      id,
      prompt: questionText(shown, 120),
      score: stored[index]!.score,
    }));
  }

  return (
    <div className="page assignment-page">
      {header}
      {best ? (
        <section className={questionStyles.testResult} aria-labelledby="uitslag" id="uitslag-blok" tabIndex={-1}>
          <FocusResult targetId="uitslag-blok" />
          <h2 id="uitslag">Je uitslag</h2>
          <p className={questionStyles.testTotal}>
            {handedIn.length > 1 ? 'Je beste poging: ' : 'Je score: '}
            <strong>{formatPoints(best.points, best.maxPoints)}</strong>
            {best.maxPoints > 0 ? ` (${formatPercentWords(best.points / best.maxPoints)})` : ''}.
          </p>
          {handedIn.length > 1 ? (
            <ul>
              {handedIn.map((attempt) => (
                <li key={attempt.id}>
                  Poging {attempt.number}: {formatPoints(attempt.points ?? 0, attempt.maxPoints ?? 0)}
                </li>
              ))}
            </ul>
          ) : null}
          <p>
            {visible
              ? `Hieronder zie je per vraag je antwoord${handedIn.length > 1 ? ' bij je laatste poging' : ''}, wat goed en fout was, het juiste antwoord en de uitleg.`
              : assignment.showAnswers === 'na-sluiten'
                ? `Hieronder zie je per vraag${handedIn.length > 1 ? ' van je laatste poging' : ''} wat goed en fout was. De juiste antwoorden en de uitleg zie je hier nadat de opdracht sluit${assignment.closesAt ? ` (${formatDateTime(assignment.closesAt)})` : ''}.`
                : 'Je docent laat bij deze opdracht de juiste antwoorden niet zien. Bespreek je vragen in de les.'}
          </p>
          {marks.length ? <AnswerMarks marks={marks} /> : null}
          {canRetry ? <NewAttemptButton code={assignment.code} number={attempts.length + 1} /> : null}
        </section>
      ) : (
        <p className="progressMessage">Je hebt bij deze opdracht niets ingeleverd. De opdracht is gesloten.</p>
      )}
      <SwitchStudent code={assignment.code} name={participant.displayName} working={false} />
      {review.length ? <AssignmentReview questions={review} /> : null}
    </div>
  );
}
