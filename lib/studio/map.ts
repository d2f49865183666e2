// The Klantreis-studio document: a student's persona (7C model), empathy map and customer journey
// map, in one JSON value. It is saved in the browser (a progress-store slot) and, in a class
// assignment, in the database (a jsonb column). Both check it with MapSchema.
//
// zod/mini, as lib/progress/state.ts: the schema ships to the studio page, and the server uses the
// same one, so the browser and the database agree on what a valid map is.
import * as z from 'zod/mini';

/** The format of a map; raise it and add a step to migrateMap (./migrate.ts) when the shape changes. */
export const MAP_FORMAT = 1;

/** The seven C's, in the course's order (lesson 5). */
export const SEVEN_C = [
  'coreValues',
  'categoryNeeds',
  'categoryBehaviour',
  'customerJourney',
  'communication',
  'companyValue',
  'character',
] as const;
export type SevenC = (typeof SEVEN_C)[number];

/** The five boxes of the empathy map as the course teaches it (lesson 4, after the Basisboek). */
export const EMPATHY_BOXES = ['does', 'feels', 'wants', 'influencedBy', 'problems'] as const;
export type EmpathyBox = (typeof EMPATHY_BOXES)[number];

/** The lanes (rows) of a journey map that hold notes, in the order the map shows them (lesson 7). */
export const NOTE_LANES = ['actions', 'touchpoints', 'thoughts', 'pains', 'opportunities'] as const;
export type NoteLane = (typeof NOTE_LANES)[number];
/** Every lane, the emotion curve included: a lane can be hidden. */
export const LANES = ['actions', 'touchpoints', 'thoughts', 'emotion', 'pains', 'opportunities'] as const;
export type Lane = (typeof LANES)[number];

/** Where a touchpoint happens. */
export const TOUCHPOINT_PLACES = ['online', 'offline'] as const;
/** Who pays for or controls a touchpoint (lesson 6: paid, owned, earned). */
export const TOUCHPOINT_MEDIA = ['paid', 'owned', 'earned'] as const;

/** Which parts a map shows; 'all' is the persona, the empathy map and the journey map together. */
export const MAP_PARTS = ['persona', 'empathy', 'journey', 'all'] as const;
export type MapPart = (typeof MAP_PARTS)[number];

/** The emotion score of a phase: −2 (very negative) to +2 (very positive). */
export const EMOTION = { min: -2, max: 2 } as const;

/** Bounds on a map, so that one stays small in the browser's storage and in the database. */
export const MAP_LIMITS = {
  /** Characters in a note, a field of the persona, a phase name, a channel. */
  noteText: 200,
  personaField: 400,
  shortText: 80,
  title: 120,
  phases: { min: 1, max: 8 },
  /** Notes on a whole map: journey notes and empathy notes together. */
  notes: 200,
  /** Maps one browser keeps. */
  maps: 30,
  /** The most bytes a map may take as JSON (checked by the server before parsing; about 3× a full map). */
  bytes: 100_000,
} as const;

const ID = /^[a-z0-9-]{1,40}$/;
const id = z.string().check(z.regex(ID));
const text = (max: number) => z.string().check(z.maxLength(max));

export const NoteSchema = z.strictObject({
  id,
  text: text(MAP_LIMITS.noteText),
});
export type Note = z.infer<typeof NoteSchema>;

/** A note on the journey map: in one phase and one lane; a touchpoint also has a channel and its kind. */
export const JourneyNoteSchema = z.strictObject({
  id,
  phase: id,
  lane: z.enum(NOTE_LANES),
  text: text(MAP_LIMITS.noteText),
  /** Touchpoints only: the channel (website, winkel, Instagram …). */
  channel: z.optional(text(MAP_LIMITS.shortText)),
  place: z.optional(z.enum(TOUCHPOINT_PLACES)),
  media: z.optional(z.enum(TOUCHPOINT_MEDIA)),
});
export type JourneyNote = z.infer<typeof JourneyNoteSchema>;

export const PhaseSchema = z.strictObject({
  id,
  name: text(MAP_LIMITS.shortText),
  /** The emotion in this phase, or null when not scored yet. */
  emotion: z.nullable(z.int().check(z.minimum(EMOTION.min), z.maximum(EMOTION.max))),
});
export type Phase = z.infer<typeof PhaseSchema>;

export const PersonaSchema = z.strictObject({
  name: text(MAP_LIMITS.shortText),
  /** An age ("19 jaar") or a role ("inkoper bij een bakkerij"). */
  ageOrRole: text(MAP_LIMITS.shortText),
  quote: text(MAP_LIMITS.personaField),
  sevenC: z.strictObject(
    Object.fromEntries(SEVEN_C.map((key) => [key, text(MAP_LIMITS.personaField)])) as Record<SevenC, ReturnType<typeof text>>,
  ),
});
export type Persona = z.infer<typeof PersonaSchema>;

export const EmpathySchema = z.strictObject(
  Object.fromEntries(EMPATHY_BOXES.map((box) => [box, z.array(NoteSchema).check(z.maxLength(MAP_LIMITS.notes))])) as Record<
    EmpathyBox,
    z.ZodMiniArray<typeof NoteSchema>
  >,
);
export type Empathy = z.infer<typeof EmpathySchema>;

export const JourneySchema = z.strictObject({
  phases: z.array(PhaseSchema).check(z.minLength(MAP_LIMITS.phases.min), z.maxLength(MAP_LIMITS.phases.max)),
  notes: z.array(JourneyNoteSchema).check(z.maxLength(MAP_LIMITS.notes)),
  hiddenLanes: z.array(z.enum(LANES)).check(z.maxLength(LANES.length)),
  /** The id of the touchpoint that is the moment of truth, or null. */
  momentOfTruth: z.nullable(id),
});
export type Journey = z.infer<typeof JourneySchema>;

export const MapSchema = z.strictObject({
  format: z.literal(MAP_FORMAT),
  id,
  title: text(MAP_LIMITS.title),
  parts: z.enum(MAP_PARTS),
  /** The template and starting point it was made from (content/studio), for the checklist. */
  template: id,
  updatedAt: z.iso.datetime({ offset: true }),
  persona: PersonaSchema,
  empathy: EmpathySchema,
  journey: JourneySchema,
});
export type StudioMap = z.infer<typeof MapSchema>;
