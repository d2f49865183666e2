import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AssignmentReview, type ReviewedQuestion } from '@/components/assignment/assignment-review';
import { AssignmentRunner, type GradedQuestion } from '@/components/assignment/assignment-runner';
import { FocusResult } from '@/components/assignment/focus-result';
import { JoinForm } from '@/components/assignment/join-form';
import { NewAttemptButton } from '@/components/assignment/new-attempt';
import { SwitchStudent } from '@/components/assignment/switch-student';
import { formatPoints } from '@/components/exercises/format';
import { Markdown } from '@/components/mdx/markdown';
import { normalizeCode } from '@/lib/assignments/code';
import { countingAttempt } from '@/lib/assignments/results';
import { answersVisible, formatDateTime, statusAt } from '@/lib/assignments/schedule';
import { getDb } from '@/lib/db/client.server';
import { attemptsOf } from '@/lib/db/participation.server';
import { score, solve, toPublic, type Exercise } from '@/lib/scoring';
import { clientIp } from '@/lib/server/request.server';
import { assignmentForStudent, codeMissMessage, questionsOf } from '@/lib/server/student.server';
import type { ExerciseViewData } from '@/components/exercises/exercise-view';

export const metadata: Metadata = { title: 'Opdracht', robots: { index: false } };

// The student's page knows each question by its place (v1, v2 …), never by its bank id or lesson.
const publicView = (shown: Exercise) => ({ type: shown.type, public: toPublic(shown) }) as ExerciseViewData;
const statementOf = (exercise: Exercise) =>
  exercise.type === 'true-false' ? <Markdown source={exercise.statement} inline /> : undefined;

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
        {exercises.length} vragen.{' '}
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
    const questions: GradedQuestion[] = pageQuestions.map((question) => ({
      id: question.id,
      view: publicView(question.exercise),
      prompt: <Markdown source={question.exercise.prompt} inline />,
      statement: statementOf(question.exercise),
    }));
    return (
      <div className="page assignment-page">
        {header}
        <p>
          Hoi {participant.displayName}. {open.number > 1 ? `Dit is poging ${open.number}. ` : ''}Je antwoorden worden bewaard
          terwijl je werkt. Je kunt dus stoppen en later verder, ook op een andere dag, zolang de opdracht open is.
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

  let review: ReviewedQuestion[] = [];
  if (visible && latest) {
    const responses = new Map(latest.answers.map((answer) => [answer.exerciseId, answer.response]));
    review = pageQuestions.map(({ id, bank: exercise, exercise: shown, toPage }) => ({
      id,
      view: { ...publicView(shown), solution: solve(shown) } as ExerciseViewData,
      prompt: <Markdown source={exercise.prompt} inline />,
      statement: statementOf(exercise),
      explanation: <Markdown source={exercise.explanation} />,
      response: toPage(responses.get(exercise.id)),
      score: score(shown, toPage(responses.get(exercise.id) ?? null)),
    }));
  }

  return (
    <div className="page assignment-page">
      {header}
      {best ? (
        <section className="test-result" aria-labelledby="uitslag" id="uitslag-blok" tabIndex={-1}>
          <FocusResult targetId="uitslag-blok" />
          <h2 id="uitslag">Je uitslag</h2>
          <p className="test-total">
            {handedIn.length > 1 ? 'Je beste poging: ' : 'Je score: '}
            <strong>{formatPoints(best.points, best.maxPoints)}</strong>
            {best.maxPoints > 0 ? ` (${Math.round((best.points / best.maxPoints) * 100)} procent)` : ''}.
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
                ? `De juiste antwoorden en de uitleg zie je hier nadat de opdracht sluit${assignment.closesAt ? ` (${formatDateTime(assignment.closesAt)})` : ''}.`
                : 'Je docent laat bij deze opdracht de juiste antwoorden niet zien. Bespreek je vragen in de les.'}
          </p>
          {canRetry ? <NewAttemptButton code={assignment.code} number={attempts.length + 1} /> : null}
        </section>
      ) : (
        <p className="progress-message">Je hebt bij deze opdracht niets ingeleverd. De opdracht is gesloten.</p>
      )}
      <SwitchStudent code={assignment.code} name={participant.displayName} working={false} />
      {review.length ? <AssignmentReview questions={review} /> : null}
    </div>
  );
}
