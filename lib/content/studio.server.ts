import 'server-only';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { PERSONA_CHECK_FIELDS, type Checklist, type CheckRule, type PersonaCheckField } from '../studio/checklist';
import type { StudioContent, StudioHints, StudioStart, StudioTemplate } from '../studio/content';
import {
  EMOTION,
  EMPATHY_BOXES,
  LANES,
  MAP_FORMAT,
  MAP_LIMITS,
  MAP_PARTS,
  NOTE_LANES,
  SEVEN_C,
  TOUCHPOINT_MEDIA,
  TOUCHPOINT_PLACES,
  type EmpathyBox,
  type JourneyNote,
  type StudioMap,
} from '../studio/map';
import { parseMap } from '../studio/parse';
import { RubricSchema, type Rubric } from '../studio/rubric';
import { ContentError, describeIssues, formatPath } from './errors';
import { parseYaml } from './yaml';
import { repeatedIds } from './yaml-file';

// The content of the Klantreis-studio (content/studio): the templates with their checklists and the
// hints (sjablonen.yaml), the starting points (starts/*.yaml, one map each) and the default rubric
// (rubriek.yaml). Checked when the course is loaded (lib/content/course.server.ts), so a mistake
// stops the build with a Dutch message naming the file and the field. Full zod is fine here: this
// runs on the server only; the pages get plain data (lib/studio/content.ts).

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().regex(ID, 'gebruik kleine letters, cijfers en streepjes');
const line = (max: number) => z.string().trim().min(1, 'mag niet leeg zijn').max(max, `is te lang (hoogstens ${max} tekens)`);
const optionalLine = (max: number) => z.string().trim().max(max, `is te lang (hoogstens ${max} tekens)`).default('');

const HintsSchema = z.strictObject({
  persona: z.strictObject(Object.fromEntries(PERSONA_CHECK_FIELDS.map((field) => [field, line(200)])) as Record<PersonaCheckField, ReturnType<typeof line>>),
  empathy: z.strictObject(Object.fromEntries(EMPATHY_BOXES.map((box) => [box, line(200)])) as Record<EmpathyBox, ReturnType<typeof line>>),
});

const target = z.number().int('moet een heel getal zijn').min(1).max(20);
const KINDS = ['notes-per-phase', 'notes-in-phase', 'notes-in-lane', 'emotion-every-phase', 'persona-fields', 'empathy-boxes', 'pains-have-opportunities', 'moment-of-truth'];
const RuleSchema = z.discriminatedUnion(
  'kind',
  [
  z.strictObject({ id, kind: z.literal('notes-per-phase'), lane: z.enum(NOTE_LANES), target }),
  z.strictObject({ id, kind: z.literal('notes-in-phase'), lane: z.enum(NOTE_LANES), phase: line(MAP_LIMITS.shortText), target, label: line(80) }),
  z.strictObject({ id, kind: z.literal('notes-in-lane'), lane: z.enum(NOTE_LANES), target, label: line(80).optional() }),
  z.strictObject({ id, kind: z.literal('emotion-every-phase') }),
  z.strictObject({ id, kind: z.literal('persona-fields'), fields: z.array(z.enum(PERSONA_CHECK_FIELDS as [PersonaCheckField, ...PersonaCheckField[]])).min(1).optional() }),
  z.strictObject({ id, kind: z.literal('empathy-boxes') }),
  z.strictObject({ id, kind: z.literal('pains-have-opportunities') }),
  z.strictObject({ id, kind: z.literal('moment-of-truth') }),
  ],
  { error: (issue) => (issue.code === 'invalid_union' ? `onbekende soort (kind); kies uit ${KINDS.join(', ')}` : undefined) },
);

const TemplatesFileSchema = z.strictObject({
  hints: HintsSchema,
  templates: z
    .array(
      z.strictObject({
        id,
        title: line(MAP_LIMITS.title),
        description: line(300),
        parts: z.enum(MAP_PARTS),
        phases: z.array(line(MAP_LIMITS.shortText)).min(MAP_LIMITS.phases.min).max(MAP_LIMITS.phases.max),
        checklist: z.array(RuleSchema).max(30),
      }),
    )
    .min(1),
});

const noteText = line(MAP_LIMITS.noteText);
// A touchpoint is a text, or an object with its channel and kind (a text alone becomes { text }).
const TouchpointSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { text: value } : value),
  z.strictObject({
    text: noteText,
    channel: line(MAP_LIMITS.shortText).optional(),
    place: z.enum(TOUCHPOINT_PLACES).optional(),
    media: z.enum(TOUCHPOINT_MEDIA).optional(),
    /** This touchpoint is the moment of truth. */
    moment: z.literal(true).optional(),
  }),
);
const notes = z.array(noteText).max(20).default([]);
const StartFileSchema = z.strictObject({
  id,
  title: line(MAP_LIMITS.title),
  description: line(300),
  persona: z
    .strictObject({
      name: optionalLine(MAP_LIMITS.shortText),
      ageOrRole: optionalLine(MAP_LIMITS.shortText),
      quote: optionalLine(MAP_LIMITS.personaField),
      sevenC: z
        .strictObject(Object.fromEntries(SEVEN_C.map((key) => [key, optionalLine(MAP_LIMITS.personaField)])) as Record<(typeof SEVEN_C)[number], ReturnType<typeof optionalLine>>)
        .partial()
        .optional(),
    })
    .optional(),
  empathy: z.strictObject(Object.fromEntries(EMPATHY_BOXES.map((box) => [box, notes])) as Record<EmpathyBox, typeof notes>).partial().optional(),
  phases: z
    .array(
      z.strictObject({
        name: line(MAP_LIMITS.shortText),
        emotion: z.number().int('moet een heel getal zijn').min(EMOTION.min).max(EMOTION.max).nullable().default(null),
        actions: notes,
        touchpoints: z.array(TouchpointSchema).max(20).default([]),
        thoughts: notes,
        pains: notes,
        opportunities: notes,
      }),
    )
    .min(MAP_LIMITS.phases.min)
    .max(MAP_LIMITS.phases.max)
    .optional(),
  hiddenLanes: z.array(z.enum(LANES)).default([]),
});
type StartFile = z.infer<typeof StartFileSchema>;

/** The five phases of lesson 2: a start without phases has these. */
const DEFAULT_PHASES = ['Bewustwording', 'Oriëntatie', 'Keuze', 'Gebruik', 'Heroriëntatie'];
/** The time in every start; a student's copy gets its own (newMapFrom). */
const START_TIME = '2026-01-01T00:00:00.000Z';

function parseFile<T>(schema: z.ZodType<T>, file: string, text: string): T {
  const result = schema.safeParse(parseYaml(file, text));
  if (!result.success) throw new ContentError(file, describeIssues(result.error.issues, formatPath));
  return result.data;
}

/** Validates content/studio/sjablonen.yaml: the hints and the templates with their checklists. */
export function parseTemplates(file: string, text: string): StudioTemplate[] {
  const data = parseFile(TemplatesFileSchema, file, text);
  const problems = repeatedIds(data.templates, (index, templateId) => `templates[${index}].id: "${templateId}" bestaat al; elk sjabloon heeft een eigen id`);
  const hints: StudioHints = data.hints;
  const templates = data.templates.map((template, index): StudioTemplate => {
    const where = `templates[${index}] (id "${template.id}")`;
    problems.push(...repeatedIds(template.checklist, (i, ruleId) => `${where}.checklist[${i}].id: "${ruleId}" bestaat al in dit sjabloon`));
    const checklist: Checklist = template.checklist.map((rule, i): CheckRule => {
      if (rule.kind !== 'notes-in-phase') return rule;
      const at = template.phases.findIndex((name) => name.toLocaleLowerCase('nl') === rule.phase.toLocaleLowerCase('nl'));
      if (at < 0) problems.push(`${where}.checklist[${i}].phase: fase "${rule.phase}" staat niet in phases (${template.phases.join(', ')})`);
      return { ...rule, phase: `f${at + 1}`, phaseName: template.phases[at] ?? rule.phase };
    });
    return { ...template, checklist, hints };
  });
  if (problems.length > 0) throw new ContentError(file, problems);
  return templates;
}

/** Turns a start file into a map: phase ids f1, f2 …, note ids n1, n2 … and e1, e2 … in file order. */
function startToMap(start: StartFile): StudioMap {
  let next = 0;
  const noteId = (prefix: string) => `${prefix}${++next}`;
  const phaseList = start.phases ?? DEFAULT_PHASES.map((name) => ({ name, emotion: null, actions: [], touchpoints: [], thoughts: [], pains: [], opportunities: [] }));
  const phases = phaseList.map((phase, index) => ({ id: `f${index + 1}`, name: phase.name, emotion: phase.emotion }));
  const journeyNotes: JourneyNote[] = [];
  let momentOfTruth: string | null = null;
  phaseList.forEach((phase, index) => {
    const phaseId = `f${index + 1}`;
    for (const lane of NOTE_LANES) {
      const list = lane === 'touchpoints' ? phase.touchpoints : phase[lane];
      for (const entry of list) {
        const noteIdValue = noteId('n');
        if (typeof entry === 'string') {
          journeyNotes.push({ id: noteIdValue, phase: phaseId, lane, text: entry });
          continue;
        }
        const { moment, ...rest } = entry;
        journeyNotes.push({ id: noteIdValue, phase: phaseId, lane, ...rest });
        if (moment) momentOfTruth = noteIdValue;
      }
    }
  });
  const sevenC = Object.fromEntries(SEVEN_C.map((key) => [key, start.persona?.sevenC?.[key] ?? ''])) as StudioMap['persona']['sevenC'];
  const empathy = Object.fromEntries(
    EMPATHY_BOXES.map((box) => [box, (start.empathy?.[box] ?? []).map((text) => ({ id: noteId('e'), text }))]),
  ) as StudioMap['empathy'];
  return {
    format: MAP_FORMAT,
    id: start.id,
    title: start.title,
    parts: 'all',
    template: 'compleet',
    updatedAt: START_TIME,
    persona: { name: start.persona?.name ?? '', ageOrRole: start.persona?.ageOrRole ?? '', quote: start.persona?.quote ?? '', sevenC },
    empathy,
    journey: { phases, notes: journeyNotes, hiddenLanes: start.hiddenLanes, momentOfTruth },
  };
}

/** Validates one start file (content/studio/starts/*.yaml) and makes its map, checked with parseMap. */
export function parseStart(file: string, text: string): StudioStart {
  const start = parseFile(StartFileSchema, file, text);
  const touchpoints = (start.phases ?? []).flatMap((phase) => phase.touchpoints);
  const moments = touchpoints.filter((entry) => typeof entry !== 'string' && entry.moment).length;
  if (moments > 1) throw new ContentError(file, [`phases: ${moments} touchpoints hebben "moment: true"; kies er één als moment of truth`]);
  const parsed = parseMap(startToMap(start));
  if (!parsed.ok) throw new ContentError(file, [parsed.error]);
  const blank = !start.persona && !start.empathy && !start.phases;
  return { id: start.id, title: start.title, description: start.description, blank, map: parsed.map };
}

/** Validates content/studio/rubriek.yaml with the schema every rubric (a teacher's too) must pass. */
export function parseRubric(file: string, text: string): Rubric {
  const result = RubricSchema.safeParse(parseYaml(file, text));
  if (!result.success) throw new ContentError(file, describeIssues(result.error.issues, formatPath));
  return result.data;
}

/** Reads and checks everything under content/studio (of `root`, the project root by default). */
export async function loadStudioContent(root = process.cwd()): Promise<StudioContent> {
  const dir = path.join(/*turbopackIgnore: true*/ root, 'content', 'studio');
  const label = (...parts: string[]) => path.join('content', 'studio', ...parts);
  const read = (...parts: string[]) => readFile(path.join(/*turbopackIgnore: true*/ dir, ...parts), 'utf8');
  const templates = parseTemplates(label('sjablonen.yaml'), await read('sjablonen.yaml'));
  const names = (await readdir(path.join(/*turbopackIgnore: true*/ dir, 'starts'))).filter((name) => name.endsWith('.yaml')).sort();
  const starts = await Promise.all(names.map(async (name) => parseStart(label('starts', name), await read('starts', name))));
  for (let i = 0; i < starts.length; i++) {
    const first = starts.findIndex((start) => start.id === starts[i]!.id);
    if (first !== i) throw new ContentError(label('starts', names[i]!), [`id: "${starts[i]!.id}" bestaat al in ${label('starts', names[first]!)}; elk startpunt heeft een eigen id`]);
  }
  if (!starts.some((start) => start.blank)) {
    throw new ContentError(label('starts'), ['er is geen leeg startpunt (een bestand met alleen id, title en description)']);
  }
  const rubric = parseRubric(label('rubriek.yaml'), await read('rubriek.yaml'));
  return { templates, starts, rubric };
}

let cached: Promise<StudioContent> | undefined;

/** The studio's content, loaded once per process (anew on every request in development). */
export function getStudioContent(): Promise<StudioContent> {
  if (process.env.NODE_ENV === 'development') return loadStudioContent();
  cached ??= loadStudioContent();
  return cached;
}
