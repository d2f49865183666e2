import { z } from 'zod';
import { LEVELS } from '../scoring/schema';
import { ATTEMPTS, FIELD_MAX, MAX_ASSIGNMENT_EXERCISES, PASSWORD_MIN } from './limits';
import { MAP_ASSIGNMENT } from './map-limits';
import { RUBRIC_LIMITS } from '../studio/rubric';
import { BANKS, SHOW_ANSWERS } from './types';

// Every request a teacher or student sends is read through one of these schemas: sizes are
// bounded, unknown fields are refused, and each message says in Dutch what to fix.

const trimmed = (label: string, max: number) =>
  z
    .string(`${label} ontbreekt.`)
    .trim()
    .min(1, `Vul ${label.toLowerCase()} in.`)
    .max(max, `${label} is te lang (hoogstens ${max} tekens).`)
    .refine((value) => !CONTROL.test(value), `${label} bevat onzichtbare of stuurtekens die niet mogen.`);

// Control and format characters (Cc, Cf): line breaks, U+0085, zero-width spaces, and U+202E, which
// turns the rest of a name around in a teacher's table.
const CONTROL = /[\p{Cc}\p{Cf}]/u;

/** A name: trimmed, bounded, no control characters, and at least one letter. */
const personName = (label: string, max: number) =>
  trimmed(label, max).refine((value) => /\p{L}/u.test(value), `${label} moet minstens één letter hebben.`);

const email = z
  .string('E-mailadres ontbreekt.')
  .trim()
  .toLowerCase()
  .max(FIELD_MAX.email, 'Dit e-mailadres is te lang.')
  .pipe(
    z
      .email('Dit is geen geldig e-mailadres.')
      // Teachers from an LMS get an address under .invalid (lib/db/lti.server.ts): nobody signs up with one.
      .refine((value) => !value.endsWith('.invalid'), 'Dit is geen geldig e-mailadres. Gebruik je eigen e-mailadres.'),
  );

export const SignUpSchema = z.strictObject({
  schoolCode: z.string().max(FIELD_MAX.schoolCode).optional(),
  name: personName('Naam', FIELD_MAX.teacherName),
  email,
  password: z
    .string('Wachtwoord ontbreekt.')
    .min(PASSWORD_MIN, `Kies een wachtwoord van minstens ${PASSWORD_MIN} tekens.`)
    .max(FIELD_MAX.password, `Dit wachtwoord is te lang (hoogstens ${FIELD_MAX.password} tekens).`),
});

export const LogInSchema = z.strictObject({
  email,
  password: z
    .string('Wachtwoord ontbreekt.')
    .min(1, 'Vul je wachtwoord in.')
    .max(FIELD_MAX.password, 'Dit wachtwoord is te lang.'),
});

const slug = z.string().max(100);
const exerciseId = z.string().min(1).max(100);
const localDateTime = z
  .string()
  .max(16)
  .refine((value) => value === '' || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value), 'Vul een datum en tijd in.');

export const CreateAssignmentSchema = z
  .strictObject({
    title: trimmed('Titel', FIELD_MAX.title),
    bank: z.enum(BANKS, 'Kies uit welke bank de vragen komen.').default('toetsbank'),
    mode: z.enum(['lessen', 'hand', 'trekking'], 'Kies hoe je de oefeningen kiest.'),
    lessons: z.array(slug).max(20).default([]),
    exerciseIds: z.array(exerciseId).max(200).default([]),
    levels: z.array(z.enum(LEVELS, 'Kies een bestaand niveau.')).max(LEVELS.length).default([]),
    perLesson: z.coerce
      .number('Vul in hoeveel oefeningen per les.')
      .int('Vul een heel getal in.')
      .min(1, 'Trek minstens 1 oefening per les.')
      .max(MAX_ASSIGNMENT_EXERCISES, `Trek hoogstens ${MAX_ASSIGNMENT_EXERCISES} oefeningen per les.`)
      .default(3),
    seed: z.string().trim().max(FIELD_MAX.seed, `De startwaarde is te lang (hoogstens ${FIELD_MAX.seed} tekens).`).default(''),
    opensAt: localDateTime.default(''),
    closesAt: localDateTime.default(''),
    maxAttempts: z.coerce
      .number('Vul het aantal pogingen in.')
      .int('Vul een heel getal in.')
      .min(ATTEMPTS.min, `Geef minstens ${ATTEMPTS.min} poging.`)
      .max(ATTEMPTS.max, `Geef hoogstens ${ATTEMPTS.max} pogingen.`),
    showAnswers: z.enum(SHOW_ANSWERS, 'Kies wanneer leerlingen de antwoorden zien.'),
  })
  .refine((input) => input.showAnswers !== 'na-sluiten' || input.closesAt !== '', {
    // Answers "after closing" of an assignment that never closes would never show.
    message: 'Kies een sluittijd: bij "Pas als de opdracht sluit" zien leerlingen de antwoorden anders nooit.',
    path: ['closesAt'],
  });
export type CreateAssignmentInput = z.infer<typeof CreateAssignmentSchema>;

export const JoinSchema = z.strictObject({
  displayName: personName('Naam', FIELD_MAX.displayName),
  studentNumber: z
    .string()
    .trim()
    .max(FIELD_MAX.studentNumber, `Een studentnummer heeft hoogstens ${FIELD_MAX.studentNumber} tekens.`)
    .regex(/^[0-9A-Za-z-]*$/, 'Een studentnummer heeft alleen cijfers en letters.')
    .optional()
    .transform((value) => value || null),
});

// Answers by exercise id; null clears one. Each response is checked against its exercise later.
const answerMap = z
  .record(exerciseId, z.unknown())
  .refine((map) => Object.keys(map).length <= MAX_ASSIGNMENT_EXERCISES, 'Te veel antwoorden in één keer.');

export const SaveAnswersSchema = z.strictObject({ answers: answerMap });

export const SubmitSchema = z.strictObject({
  submissionId: z.uuid('De inlevering mist een geldig kenmerk. Laad de pagina opnieuw.'),
  answers: answerMap.default({}),
});

// Map assignments ("Klantreiskaart"). The map itself arrives as unknown and is checked with the
// studio's own schema (lib/server/studio-assignment.server.ts), so the browser and the server agree.

const CRITERION_ID = /^[a-z0-9-]{1,40}$/;

/** A rubric as the teacher edited it: criteria with levels and points, bounded as the studio's RubricSchema. */
export const RubricInputSchema = z
  .strictObject({
    title: trimmed('De naam van de rubric', RUBRIC_LIMITS.title),
    criteria: z
      .array(
        z.strictObject({
          id: z.string().regex(CRITERION_ID, 'Een criterium heeft een ongeldig kenmerk. Laad de pagina opnieuw.'),
          title: trimmed('De naam van een criterium', RUBRIC_LIMITS.label),
          description: z
            .string()
            .trim()
            .max(RUBRIC_LIMITS.description, `Een beschrijving is te lang (hoogstens ${RUBRIC_LIMITS.description} tekens).`),
          levels: z
            .array(
              z.strictObject({
                label: trimmed('De naam van een niveau', RUBRIC_LIMITS.label),
                points: z.coerce
                  .number('Vul bij elk niveau de punten in.')
                  .min(0, 'Punten zijn 0 of meer.')
                  .max(RUBRIC_LIMITS.points, `Een niveau geeft hoogstens ${RUBRIC_LIMITS.points} punten.`)
                  .refine((value) => Number.isInteger(value * 2), 'Geef punten in hele of halve punten.'),
                description: z
                  .string()
                  .trim()
                  .max(RUBRIC_LIMITS.description, `Een beschrijving is te lang (hoogstens ${RUBRIC_LIMITS.description} tekens).`)
                  .default(''),
              }),
            )
            .min(RUBRIC_LIMITS.levels.min, `Geef elk criterium minstens ${RUBRIC_LIMITS.levels.min} niveaus.`)
            .max(RUBRIC_LIMITS.levels.max, `Een criterium heeft hoogstens ${RUBRIC_LIMITS.levels.max} niveaus.`),
        }),
      )
      .min(RUBRIC_LIMITS.criteria.min, 'Geef de rubric minstens één criterium.')
      .max(RUBRIC_LIMITS.criteria.max, `Een rubric heeft hoogstens ${RUBRIC_LIMITS.criteria.max} criteria.`),
  })
  .refine(
    (rubric) => new Set(rubric.criteria.map((criterion) => criterion.id)).size === rubric.criteria.length,
    'Twee criteria hebben hetzelfde kenmerk. Laad de pagina opnieuw.',
  );

/** The rubric field of the form: the editor sends it as JSON. */
const rubricField = z
  .string('De rubric ontbreekt.')
  .max(60_000, 'De rubric is te groot.')
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: 'custom', message: 'De rubric is niet goed meegestuurd. Laad de pagina opnieuw.' });
      return z.NEVER;
    }
  })
  .pipe(RubricInputSchema);

export const CreateMapAssignmentSchema = z.strictObject({
  kind: z.literal('kaart'),
  title: trimmed('Titel', FIELD_MAX.title),
  template: z.string('Kies een sjabloon.').min(1, 'Kies een sjabloon.').max(40),
  start: z.string('Kies een startpunt.').min(1, 'Kies een startpunt.').max(40),
  brief: z
    .string()
    .max(MAP_ASSIGNMENT.brief, `De opdrachttekst is te lang (hoogstens ${MAP_ASSIGNMENT.brief} tekens).`)
    .default('')
    .transform((text) => text.replace(/\r\n?/g, '\n').trim()),
  opensAt: localDateTime.default(''),
  closesAt: localDateTime.default(''),
  groups: z.enum(['ja'], 'Kies of groepen samen inleveren.').optional(),
  rubric: rubricField,
});
export type CreateMapAssignmentInput = z.infer<typeof CreateMapAssignmentSchema>;

/** The autosave of a map: the map is checked against the studio's schema afterwards. */
export const SaveMapSchema = z.strictObject({ map: z.unknown() });

/** A hand-in: a submission id (a retry is harmless), the map, and the other group members' names. */
export const HandInMapSchema = z.strictObject({
  submissionId: z.uuid('De inlevering mist een geldig kenmerk. Laad de pagina opnieuw.'),
  map: z.unknown(),
  members: z
    .array(personName('De naam van een groepslid', FIELD_MAX.displayName))
    .max(MAP_ASSIGNMENT.groupMembers - 1, `Een groep heeft hoogstens ${MAP_ASSIGNMENT.groupMembers} leden.`)
    .default([]),
});

/** The teacher's grade of one hand-in (the levels are read from the fields `niveau-<criterion>`). */
export const GradeMapSchema = z.strictObject({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
  handIn: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
  feedback: z
    .string()
    .max(MAP_ASSIGNMENT.feedback, `De feedback is te lang (hoogstens ${MAP_ASSIGNMENT.feedback} tekens).`)
    .default('')
    .transform((text) => text.replace(/\r\n?/g, '\n').trim()),
  levels: z.record(z.string().max(40), z.string().max(3)).default({}),
});

/** The first problem in Dutch, for a message under a form or in a 400 answer. */
export function firstError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'Er ging iets mis met je invoer.';
  if (issue.code === 'unrecognized_keys') return `Onbekend veld: ${issue.keys.join(', ')}.`;
  if (issue.code === 'invalid_type' && issue.path.length && !issue.message.endsWith('.'))
    return `Het veld ${issue.path.join('.')} klopt niet.`;
  return issue.message;
}

/** Form fields as an object: repeated names (checkboxes) become arrays; Next's own fields are left out. */
export function formFields(form: FormData, arrays: readonly string[] = []): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const values = form.getAll(key).map((value) => (typeof value === 'string' ? value : ''));
    fields[key] = arrays.includes(key) ? values : values[0];
  }
  return fields;
}
