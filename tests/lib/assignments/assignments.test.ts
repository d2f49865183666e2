import { describe, expect, test } from 'vitest';
import { CODE_ALPHABET, codeFromBytes, normalizeCode } from '@/lib/assignments/code';
import { dutchNumber, toDutchCsv } from '@/lib/assignments/csv';
import { CreateAssignmentSchema, firstError, formFields, JoinSchema, SignUpSchema, SubmitSchema } from '@/lib/assignments/input';
import { countedAnswers, resultRows, summarize, type RecordInput } from '@/lib/assignments/report';
import { countingAttempt, questionStats } from '@/lib/assignments/results';
import { answersVisible, parseDutchDateTime, statusAt, toDutchDateTimeInput } from '@/lib/assignments/opening-times';
import { assignablePool, describeSelection, MAX_ASSIGNMENT_EXERCISES, selectExercises } from '@/lib/assignments/selection';
import { formatDuration } from '@/lib/format/duration';
import type { Exercise } from '@/lib/scoring';
import { describeResponse, wrongChoices } from '@/lib/scoring/schema';
import {
  makeCategorize,
  makeFillBlanks,
  makeMatching,
  makeMultipleChoice,
  makeOpen,
  makeOrdering,
  makeTrueFalse,
} from '../scoring/factories';

describe('join codes', () => {
  test('a code has six characters from the unambiguous alphabet, without 0, O, 1, I or L', () => {
    const code = codeFromBytes(new Uint8Array([0, 1, 2, 3, 4, 30]))!;
    expect(code).toBe('23456Z');
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  test('bytes that would bias the draw are skipped, and too few bytes ask for more', () => {
    expect(codeFromBytes(new Uint8Array([255, 250, 0, 0, 0, 0, 0, 0]))).toBe('222222');
    expect(codeFromBytes(new Uint8Array([0, 0, 0]))).toBeNull();
  });

  test.each([
    ['abc 234', 'ABC234'],
    ['ab c2-34', 'ABC234'],
    ['abc 2345', null],
    ['k7m 2pq', 'K7M2PQ'],
    ['K7M-2PQ', 'K7M2PQ'],
    ['K7M2P0', null],
    ['K7M2P', null],
    ['x'.repeat(50), null],
  ])('"%s" reads as %s', (input, expected) => {
    expect(normalizeCode(input)).toBe(expected);
  });
});

describe('opening, closing and when answers show', () => {
  const at = (iso: string) => new Date(iso);
  const window = { opensAt: at('2026-11-24T08:00:00Z'), closesAt: at('2026-11-24T10:00:00Z') };
  test.each([
    ['2026-11-24T07:59:59Z', 'nog-niet-open'],
    ['2026-11-24T08:00:00Z', 'open'],
    ['2026-11-24T09:59:59Z', 'open'],
    ['2026-11-24T10:00:00Z', 'gesloten'],
  ])('at %s the assignment is %s', (now, status) => {
    expect(statusAt(window, at(now))).toBe(status);
  });

  test('answers show directly, only after closing, or never', () => {
    const before = at('2026-11-24T09:00:00Z');
    const after = at('2026-11-24T11:00:00Z');
    expect(answersVisible({ ...window, showAnswers: 'direct' }, before)).toBe(true);
    expect(answersVisible({ ...window, showAnswers: 'na-sluiten' }, before)).toBe(false);
    expect(answersVisible({ ...window, showAnswers: 'na-sluiten' }, after)).toBe(true);
    expect(answersVisible({ ...window, showAnswers: 'nooit' }, after)).toBe(false);
    expect(answersVisible({ opensAt: null, closesAt: null, showAnswers: 'na-sluiten' }, after)).toBe(false);
  });

  test('a form time is Dutch time, in winter and in summer, and round-trips', () => {
    expect(parseDutchDateTime('2026-11-24T09:30')?.toISOString()).toBe('2026-11-24T08:30:00.000Z');
    expect(parseDutchDateTime('2026-07-01T09:30')?.toISOString()).toBe('2026-07-01T07:30:00.000Z');
    expect(toDutchDateTimeInput(new Date('2026-07-01T07:30:00Z'))).toBe('2026-07-01T09:30');
    expect(parseDutchDateTime('2026-02-30T09:30')).toBeNull();
    expect(parseDutchDateTime('morgen')).toBeNull();
  });
});

describe('choosing exercises', () => {
  const lessons = [
    { slug: 'les-b', title: 'Les B', order: 2 },
    { slug: 'les-a', title: 'Les A', order: 1 },
  ];
  const bank: Exercise[] = [
    makeTrueFalse({ id: 'a1', topic: 'les-a' }),
    makeOpen({ id: 'a-open', topic: 'les-a' }),
    makeMultipleChoice({ id: 'a2', topic: 'les-a' }),
    makeOrdering({ id: 'a3', topic: 'les-a' }),
    makeCategorize({ id: 'b1', topic: 'les-b' }),
    makeMatching({ id: 'b2', topic: 'les-b' }),
  ];
  const pool = assignablePool(bank, lessons);

  test('the pool is in lesson order and leaves out open exercises, which the server cannot grade', () => {
    expect(pool.map((lesson) => [lesson.slug, lesson.exercises.map((exercise) => exercise.id)])).toEqual([
      ['les-a', ['a1', 'a2', 'a3']],
      ['les-b', ['b1', 'b2']],
    ]);
  });

  test('a level filter keeps only exercises of the chosen Bloom levels; none chosen keeps all', () => {
    const levelled: Exercise[] = [
      makeTrueFalse({ id: 'recall', topic: 'les-a', level: 'onthouden' }),
      makeMultipleChoice({ id: 'apply', topic: 'les-a', level: 'toepassen' }),
      makeCategorize({ id: 'analyse', topic: 'les-b', level: 'analyseren' }),
    ];
    const ids = (levels?: Parameters<typeof assignablePool>[2]) =>
      assignablePool(levelled, lessons, levels).flatMap((lesson) => lesson.exercises.map((exercise) => exercise.id));
    expect(ids(['toepassen', 'analyseren'])).toEqual(['apply', 'analyse']);
    expect(ids([])).toEqual(['recall', 'apply', 'analyse']);
    expect(ids()).toEqual(['recall', 'apply', 'analyse']);
    const filtered = assignablePool(levelled, lessons, ['creëren']);
    expect(selectExercises(filtered, { mode: 'lessen', lessons: ['les-a', 'les-b'] })).toEqual({
      ok: false,
      error: 'Kies minstens één oefening.',
    });
  });

  test('the assignment page says which levels a filtered selection kept', () => {
    const title = (slug: string) => slug.toUpperCase();
    expect(
      describeSelection(
        { bank: 'toetsbank', mode: 'lessen', lessons: ['les-a'], levels: ['toepassen', 'analyseren', 'creëren'] },
        title,
      ),
    ).toBe(
      'Uit de toetsbank (leerlingen zien deze vragen nergens anders). Alle vragen uit: LES-A. Alleen niveau toepassen, analyseren en creëren.',
    );
    expect(describeSelection({ bank: 'toetsbank', mode: 'hand' }, title)).not.toContain('niveau');
  });

  test('a lesson title that ends in a question mark gets no full stop after it', () => {
    const text = describeSelection(
      { bank: 'toetsbank', mode: 'lessen', lessons: ['les-1'] },
      () => 'Wat is een customer journey?',
    );
    expect(text).toContain('Alle vragen uit: Wat is een customer journey?');
    expect(text).not.toContain('?.');
  });

  test('by lesson takes every exercise of the chosen lessons', () => {
    expect(selectExercises(pool, { mode: 'lessen', lessons: ['les-b'] })).toMatchObject({ ok: true, exerciseIds: ['b1', 'b2'] });
  });

  test('by hand keeps lesson order and ignores unknown or open ids', () => {
    expect(selectExercises(pool, { mode: 'hand', exerciseIds: ['b2', 'a-open', 'nope', 'a1'] })).toMatchObject({
      ok: true,
      exerciseIds: ['a1', 'b2'],
    });
  });

  test('a draw takes N per lesson, the same for the same seed', () => {
    const draw = (seed: string) => selectExercises(pool, { mode: 'trekking', lessons: ['les-a', 'les-b'], perLesson: 2, seed });
    const first = draw('klas-3b');
    expect(first).toMatchObject({ ok: true, selection: { mode: 'trekking', perLesson: 2, seed: 'klas-3b' } });
    if (!first.ok) return;
    expect(first.exerciseIds).toHaveLength(4);
    expect(first.exerciseIds.filter((id) => id.startsWith('a'))).toHaveLength(2);
    expect(draw('klas-3b')).toEqual(first);
    const seeds = ['1', '2', '3', '4', '5', '6'].map((seed) => JSON.stringify(draw(seed)));
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  test('nothing chosen or too much chosen is refused in Dutch', () => {
    expect(selectExercises(pool, { mode: 'hand', exerciseIds: [] })).toEqual({ ok: false, error: 'Kies minstens één oefening.' });
    expect(selectExercises(pool, { mode: 'lessen', lessons: [] })).toEqual({ ok: false, error: 'Kies minstens één les.' });
    const big = assignablePool(
      Array.from({ length: MAX_ASSIGNMENT_EXERCISES + 1 }, (_, i) => makeTrueFalse({ id: `tf-${i}`, topic: 'les-a' })),
      lessons,
    );
    expect(selectExercises(big, { mode: 'lessen', lessons: ['les-a'] })).toMatchObject({
      ok: false,
      error: expect.stringContaining('hoogstens 40'),
    });
  });
});

describe('what a teacher reads about answers', () => {
  test.each([
    [makeMultipleChoice(), { optionIds: ['mail', 'fabriek'] }, 'Mail + Fabriek', ['Fabriek']],
    [makeTrueFalse(), { value: true }, 'Waar', ['Waar']],
    [
      makeOrdering(),
      { order: ['orientatie', 'bewustwording', 'keuze', 'gebruik'] },
      'Oriëntatie → Bewustwording → Keuze → Gebruik',
      ['Oriëntatie op plaats 1', 'Bewustwording op plaats 2'],
    ],
    [
      makeCategorize(),
      { placements: { dmu: 'b2c', offerte: 'b2b', snel: 'b2c' } },
      'Een DMU beslist: B2C; Offertes en gesprekken: B2B; Snel kopen: B2C; Eén koper: (geen)',
      ['Een DMU beslist → B2C', 'Eén koper → (geen)'],
    ],
    [
      makeMatching(),
      { matches: { 'core-values': 'prijs', communication: 'aanspreken' } },
      'Core values → De prijs; Communication → Manier van aanspreken; Character → (geen)',
      ['Core values → De prijs', 'Character → (geen)'],
    ],
    [
      makeFillBlanks(),
      { answers: ['bewustwordin', 'koop', ''] },
      '1: bewustwordin; 2: koop; 3: (geen)',
      ['2: koop', '3: (geen)'],
    ],
  ])('%# describes the answer and its wrong choices', (exercise, response, description, wrong) => {
    expect(describeResponse(exercise, response)).toBe(description);
    expect(wrongChoices(exercise, response)).toEqual(wrong);
  });

  test('a malformed stored answer reads as no answer and never throws', () => {
    for (const exercise of [
      makeMultipleChoice(),
      makeTrueFalse(),
      makeOrdering(),
      makeCategorize(),
      makeMatching(),
      makeFillBlanks(),
    ]) {
      for (const junk of [null, 42, 'tekst', [], { optionIds: 'x', order: {}, placements: [], matches: 3, answers: [1] }]) {
        expect(() => describeResponse(exercise, junk)).not.toThrow();
        expect(() => wrongChoices(exercise, junk)).not.toThrow();
      }
    }
    expect(describeResponse(makeTrueFalse(), null)).toBe('(geen)');
  });

  test('per question: answered, fully right, and the wrong choice made most often, counted once per student', () => {
    const exercise = makeMultipleChoice();
    const answer = (optionIds: string[], correct: boolean, fraction: number) => ({
      exerciseId: 'mc',
      response: { optionIds },
      correct,
      fraction,
    });
    const stats = questionStats(
      [exercise, makeTrueFalse()],
      [
        [answer(['mail', 'kassa'], true, 1)],
        [answer(['mail', 'fabriek'], false, 0.5)],
        [answer(['fabriek', 'vrachtwagen'], false, 0)],
        [],
      ],
    );
    expect(stats[0]).toEqual({
      exerciseId: 'mc',
      answered: 3,
      correct: 1,
      averageFraction: 0.5,
      mostWrong: { label: 'Fabriek', count: 2 },
    });
    expect(stats[1]).toEqual({ exerciseId: 'tf', answered: 0, correct: 0, averageFraction: 0, mostWrong: null });
  });
});

describe('results per student and the CSV for Excel', () => {
  const start = new Date('2026-11-24T09:00:00Z');
  const after = (seconds: number) => new Date(start.getTime() + seconds * 1000);
  const record: RecordInput = {
    id: 1,
    displayName: '=Sanne "de Vries"',
    studentNumber: '12345',
    attempts: [
      {
        number: 1,
        startedAt: start,
        submittedAt: after(300),
        points: 1,
        maxPoints: 2,
        answers: [{ exerciseId: 'tf', response: { value: true }, points: 1, maxPoints: 1, correct: true }],
      },
      {
        number: 2,
        startedAt: after(400),
        submittedAt: after(645),
        points: 1.5,
        maxPoints: 2,
        answers: [
          { exerciseId: 'tf', response: { value: true }, points: 1, maxPoints: 1, correct: true },
          { exerciseId: 'mc', response: {}, points: 0.5, maxPoints: 1, correct: false },
        ],
      },
      { number: 3, startedAt: after(700), submittedAt: null, points: null, maxPoints: null, answers: [] },
    ],
  };

  test('the best attempt counts, the earliest of equals', () => {
    const attempt = (number: number, points: number) => ({ number, points, maxPoints: 2, startedAt: start, submittedAt: start });
    expect(countingAttempt([attempt(2, 1), attempt(1, 1), attempt(3, 0.5)])?.number).toBe(1);
    expect(countingAttempt([])).toBeNull();
  });

  test('a summary gives attempts handed in, whether one is open, and the counted time', () => {
    const summary = summarize(record);
    expect(summary).toMatchObject({ submitted: 2, working: true, counting: { number: 2, points: 1.5, seconds: 245 } });
    expect(formatDuration(summary.counting!.seconds)).toBe('4:05');
    expect(countedAnswers([summary])).toEqual([
      [
        { exerciseId: 'tf', response: { value: true }, fraction: 1, correct: true },
        { exerciseId: 'mc', response: {}, fraction: 0.5, correct: false },
      ],
    ]);
  });

  test('the CSV opens in Dutch Excel: BOM, semicolons, decimal comma, quoted text, no formulas', () => {
    const summaries = [summarize(record), summarize({ id: 2, displayName: 'Tim', studentNumber: null, attempts: [] })];
    const questions = [
      { id: 'tf', label: 'De klantreis stopt bij het betalen.' },
      { id: 'mc', label: 'Welke kanalen zijn online?' },
    ];
    const csv = toDutchCsv(resultRows(questions, summaries, () => '24-11-2026 10:10'));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFNaam;Studentnummer;Ingeleverd;Pogingen;Poging die telt;Score;Maximum;Procent;Tijd (minuten);' +
        'Vraag 1: De klantreis stopt bij het betalen.;Vraag 2: Welke kanalen zijn online?',
    );
    expect(lines[1]).toBe(`"'=Sanne ""de Vries""";"=""12345""";24-11-2026 10:10;2;2;1,5;2;75;4,08;1;0,5`);
    expect(lines[2]).toBe('Tim;;nog niet;0;;;;;;;');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(dutchNumber(1 / 3)).toBe('0,33');
  });

  test('student numbers stay as typed in Excel (00123456, 1e5), and a name starting with | is no formula', () => {
    const student = (displayName: string, studentNumber: string) =>
      summarize({ id: 3, displayName, studentNumber, attempts: [] });
    const csv = toDutchCsv(resultRows([], [student('Noor', '00123456'), student('|calc', '1e5')], () => ''));
    const [, first, second] = csv.split('\r\n');
    expect(first).toBe('Noor;"=""00123456""";nog niet;0;;;;;');
    expect(second).toBe(`'|calc;"=""1e5""";nog niet;0;;;;;`);
  });
});

describe('reading requests', () => {
  test('a sign-up needs a name, a real e-mail address and a password of 10 characters', () => {
    expect(SignUpSchema.safeParse({ name: ' Anna ', email: ' Anna@School.NL ', password: '0123456789' }).data).toEqual({
      name: 'Anna',
      email: 'anna@school.nl',
      password: '0123456789',
    });
    const short = SignUpSchema.safeParse({ name: 'Anna', email: 'anna@school.nl', password: 'kort' });
    expect(firstError(short.error!)).toBe('Kies een wachtwoord van minstens 10 tekens.');
    expect(firstError(SignUpSchema.safeParse({ name: 'A', email: 'geen-adres', password: '0123456789' }).error!)).toBe(
      'Dit is geen geldig e-mailadres.',
    );
  });

  test('nobody signs up with the address of a teacher who came in from an LMS (….invalid)', () => {
    const taken = SignUpSchema.safeParse({ name: 'A', email: 'lms-1-abc@lms.klantreis.invalid', password: '0123456789' });
    expect(firstError(taken.error!)).toBe('Dit is geen geldig e-mailadres. Gebruik je eigen e-mailadres.');
  });

  test('unknown fields are refused and named', () => {
    const result = JoinSchema.safeParse({ displayName: 'Sanne', email: 'sanne@example.nl' });
    expect(firstError(result.error!)).toBe('Onbekend veld: email.');
  });

  test('a display name is short, plain text; a student number is letters and digits or nothing', () => {
    expect(JoinSchema.parse({ displayName: ' Sanne ', studentNumber: '' })).toEqual({
      displayName: 'Sanne',
      studentNumber: null,
    });
    expect(firstError(JoinSchema.safeParse({ displayName: 'x'.repeat(61) }).error!)).toBe(
      'Naam is te lang (hoogstens 60 tekens).',
    );
    expect(firstError(JoinSchema.safeParse({ displayName: 'a\u0000b' }).error!)).toBe(
      'Naam bevat onzichtbare of stuurtekens die niet mogen.',
    );
    for (const sneaky of ['Sanne\u0085', 'Sa\u200Bnne', '\u202Eennas', 'Sanne\u2066']) {
      expect(JoinSchema.safeParse({ displayName: sneaky }).success, JSON.stringify(sneaky)).toBe(false);
    }
    for (const noLetter of ['...', '123', '🙂🙂', '---']) {
      expect(firstError(JoinSchema.safeParse({ displayName: noLetter }).error!)).toBe('Naam moet minstens één letter hebben.');
    }
    expect(JoinSchema.parse({ displayName: 'Zoë-Ünal 2' }).displayName).toBe('Zoë-Ünal 2');
    expect(firstError(JoinSchema.safeParse({ displayName: 'Sanne', studentNumber: '12;DROP' }).error!)).toBe(
      'Een studentnummer heeft alleen cijfers en letters.',
    );
  });

  test('a hand-in needs a uuid and at most 40 answers', () => {
    expect(SubmitSchema.safeParse({ submissionId: 'abc' }).success).toBe(false);
    const many = Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`id-${i}`, null]));
    expect(SubmitSchema.safeParse({ submissionId: crypto.randomUUID(), answers: many }).success).toBe(false);
    expect(SubmitSchema.parse({ submissionId: '6f1c2b8e-3a4d-4e5f-8a9b-0c1d2e3f4a5b' }).answers).toEqual({});
  });

  test('form fields become an object, checkboxes a list, and Next’s own fields are left out', () => {
    const form = new FormData();
    form.append('$ACTION_ID_abc', '');
    form.append('title', 'Toets');
    form.append('lessons', 'les-a');
    form.append('lessons', 'les-b');
    const fields = formFields(form, ['lessons', 'exerciseIds']);
    expect(fields).toEqual({ title: 'Toets', lessons: ['les-a', 'les-b'] });
    const parsed = CreateAssignmentSchema.safeParse({ ...fields, mode: 'lessen', maxAttempts: '2', showAnswers: 'nooit' });
    expect(parsed.data).toMatchObject({ maxAttempts: 2, exerciseIds: [], levels: [], perLesson: 3, opensAt: '' });
  });

  test('levels must be Bloom levels the bank knows', () => {
    const base = { title: 'Toets', mode: 'lessen', lessons: ['les-a'], maxAttempts: '1', showAnswers: 'nooit' };
    expect(CreateAssignmentSchema.safeParse({ ...base, levels: ['toepassen', 'creëren'] }).data?.levels).toEqual([
      'toepassen',
      'creëren',
    ]);
    const wrong = CreateAssignmentSchema.safeParse({ ...base, levels: ['expert'] });
    expect(wrong.success).toBe(false);
    expect(firstError(wrong.error!)).toBe('Kies een bestaand niveau.');
  });
});

describe('when students see answers: never a setting that gives no feedback at all', () => {
  const base = { title: 'Toets', mode: 'lessen', lessons: ['les-a'], maxAttempts: '1' };

  test('"na sluiten" without a closing time is refused with a Dutch message', () => {
    const refused = CreateAssignmentSchema.safeParse({ ...base, showAnswers: 'na-sluiten', closesAt: '' });
    expect(refused.success).toBe(false);
    expect(firstError(refused.error!)).toBe(
      'Kies een sluittijd: bij "Pas als de opdracht sluit" zien leerlingen de antwoorden anders nooit.',
    );
    expect(CreateAssignmentSchema.safeParse({ ...base, showAnswers: 'na-sluiten', closesAt: '2030-01-01T09:00' }).success).toBe(
      true,
    );
  });

  test('"direct" and "nooit" need no closing time', () => {
    expect(CreateAssignmentSchema.safeParse({ ...base, showAnswers: 'direct' }).success).toBe(true);
    expect(CreateAssignmentSchema.safeParse({ ...base, showAnswers: 'nooit' }).success).toBe(true);
  });
});
