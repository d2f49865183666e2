import type { AssignmentKind } from '../assignments/map-limits';
import type { MapSettings } from '../assignments/map-assignment';
import type { Selection, ShowAnswers } from '../assignments/types';
import type { StudioMap } from '../studio/map';
import type { Exercise, ScorePart } from '../scoring';
import {
  boolean,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

// The tables as Drizzle sees them, for typed queries. The SQL in migrations/ creates them; a test
// compares the two, so they cannot drift apart.

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const teachers = pgTable('teachers', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  teacherId: integer('teacher_id')
    .notNull()
    .references(() => teachers.id, { onDelete: 'cascade' }),
  expiresAt: at('expires_at').notNull(),
});

export const loginAttempts = pgTable('login_attempts', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  account: text('account').notNull(),
  ip: text('ip').notNull(),
  at: at('at').notNull(),
  succeeded: boolean('succeeded').notNull().default(false),
});

export const knownAddresses = pgTable(
  'known_addresses',
  {
    account: text('account').notNull(),
    ip: text('ip').notNull(),
    lastAt: at('last_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.account, table.ip] })],
);

export const knownDevices = pgTable('known_devices', {
  tokenHash: text('token_hash').primaryKey(),
  account: text('account').notNull(),
  lastAt: at('last_at').notNull(),
});

export const rateEvents = pgTable('rate_events', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  bucket: text('bucket').notNull(),
  at: at('at').notNull(),
});

export const assignments = pgTable('assignments', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  teacherId: integer('teacher_id')
    .notNull()
    .references(() => teachers.id, { onDelete: 'cascade' }),
  code: text('code').notNull().unique(),
  title: text('title').notNull(),
  exerciseIds: jsonb('exercise_ids').$type<string[]>().notNull(),
  /** The exercises as they were when the assignment was made (null only on rows older than 0005, until first read). */
  exercises: jsonb('exercises').$type<Exercise[]>(),
  selection: jsonb('selection').$type<Selection>().notNull(),
  opensAt: at('opens_at'),
  closesAt: at('closes_at'),
  maxAttempts: integer('max_attempts').notNull(),
  showAnswers: text('show_answers').$type<ShowAnswers>().notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
  /** Never shown: the key of the option ids on the students' pages. */
  secret: text('secret')
    .notNull()
    .default(sql`gen_random_uuid()::text`),
  /** 'toets' (a quiz; every row older than 0006) or 'kaart' (a customer journey map). */
  kind: text('kind').$type<AssignmentKind>().notNull().default('toets'),
  /** A map assignment's settings as they were when it was made; null for a quiz. */
  studio: jsonb('studio').$type<MapSettings>(),
});

export const participants = pgTable(
  'participants',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => assignments.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    displayName: text('display_name').notNull(),
    studentNumber: text('student_number'),
    createdAt: at('created_at').notNull().defaultNow(),
    /** A student who came in from an LMS (LTI 1.3): the platform, their user id there, their gradebook column. */
    ltiPlatformId: integer('lti_platform_id').references(() => ltiPlatforms.id, { onDelete: 'set null' }),
    ltiSub: text('lti_sub'),
    ltiLineItem: text('lti_line_item'),
  },
  (table) => [unique('participants_lti_user').on(table.assignmentId, table.ltiPlatformId, table.ltiSub)],
);

export const attempts = pgTable(
  'attempts',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    startedAt: at('started_at').notNull(),
    submittedAt: at('submitted_at'),
    submissionId: uuid('submission_id'),
    points: doublePrecision('points'),
    maxPoints: doublePrecision('max_points'),
  },
  (table) => [unique().on(table.participantId, table.number), unique().on(table.participantId, table.submissionId)],
);

export const answers = pgTable(
  'answers',
  {
    attemptId: integer('attempt_id')
      .notNull()
      .references(() => attempts.id, { onDelete: 'cascade' }),
    exerciseId: text('exercise_id').notNull(),
    response: jsonb('response').notNull(),
    savedAt: at('saved_at').notNull(),
    points: doublePrecision('points'),
    maxPoints: doublePrecision('max_points'),
    correct: boolean('correct'),
    /** What each part earned at hand-in; null while saved but not handed in (and on rows older than 0005). */
    parts: jsonb('parts').$type<ScorePart[]>(),
  },
  (table) => [primaryKey({ columns: [table.attemptId, table.exerciseId] })],
);

/** A student's map while they work on it (autosave): one per student. */
export const mapDrafts = pgTable('map_drafts', {
  participantId: integer('participant_id')
    .primaryKey()
    .references(() => participants.id, { onDelete: 'cascade' }),
  map: jsonb('map').$type<StudioMap>().notNull(),
  savedAt: at('saved_at').notNull(),
});

/** A hand-in of a map: a snapshot no later save changes, with the group's names and the teacher's grade. */
export const mapHandIns = pgTable(
  'map_hand_ins',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    submissionId: uuid('submission_id').notNull(),
    map: jsonb('map').$type<StudioMap>().notNull(),
    /** Everyone who made it, the student who handed in first; just that one name without a group. */
    members: jsonb('members').$type<string[]>().notNull(),
    handedInAt: at('handed_in_at').notNull(),
    /** The teacher's grade: the level chosen per criterion id, null until graded. */
    levels: jsonb('levels').$type<Record<string, number>>(),
    points: doublePrecision('points'),
    maxPoints: doublePrecision('max_points'),
    feedback: text('feedback'),
    gradedAt: at('graded_at'),
  },
  (table) => [unique().on(table.participantId, table.submissionId)],
);

/** An LMS platform an admin registered (LTI 1.3). */
export const ltiPlatforms = pgTable(
  'lti_platforms',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    issuer: text('issuer').notNull(),
    clientId: text('client_id').notNull(),
    deploymentIds: jsonb('deployment_ids').$type<string[]>().notNull(),
    authUrl: text('auth_url').notNull(),
    tokenUrl: text('token_url').notNull(),
    jwksUrl: text('jwks_url').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (table) => [unique().on(table.issuer, table.clientId)],
);

/** The tool's signing keys; the newest two are published. */
export const ltiKeys = pgTable('lti_keys', {
  kid: text('kid').primaryKey(),
  publicJwk: jsonb('public_jwk').$type<Record<string, unknown>>().notNull(),
  /** A JWK as JSON, or 'v1:' and the JWK encrypted with LTI_KEY_SECRET. */
  privateJwk: text('private_jwk').notNull(),
  createdAt: at('created_at').notNull(),
});

/** An OIDC login in progress: used once. */
export const ltiStates = pgTable('lti_states', {
  state: text('state').primaryKey(),
  nonce: text('nonce').notNull().unique(),
  platformId: integer('platform_id')
    .notNull()
    .references(() => ltiPlatforms.id, { onDelete: 'cascade' }),
  expiresAt: at('expires_at').notNull(),
  /** The platform's postMessage storage frame, when it offered one (lti_storage_target). */
  storageTarget: text('storage_target'),
});

/** A launch in a frame, continuing in a window of its own: used once. */
export const ltiTickets = pgTable('lti_tickets', {
  ticketHash: text('ticket_hash').primaryKey(),
  teacherId: integer('teacher_id').references(() => teachers.id, { onDelete: 'cascade' }),
  participantId: integer('participant_id').references(() => participants.id, { onDelete: 'cascade' }),
  target: text('target').notNull(),
  expiresAt: at('expires_at').notNull(),
});

/** A teacher who came in from an LMS. */
export const ltiUsers = pgTable(
  'lti_users',
  {
    platformId: integer('platform_id')
      .notNull()
      .references(() => ltiPlatforms.id, { onDelete: 'cascade' }),
    sub: text('sub').notNull(),
    teacherId: integer('teacher_id')
      .notNull()
      .references(() => teachers.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.platformId, table.sub] })],
);

/** A score still to be sent to an LMS (written with the hand-in). */
export const ltiScorePosts = pgTable('lti_score_posts', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  participantId: integer('participant_id')
    .notNull()
    .references(() => participants.id, { onDelete: 'cascade' }),
  createdAt: at('created_at').notNull(),
  tries: integer('tries').notNull().default(0),
  nextAt: at('next_at').notNull(),
  sentAt: at('sent_at'),
  lastError: text('last_error'),
});

/** A Deep Linking request waiting for the teacher's choice (used once). */
export const ltiDeepLinks = pgTable('lti_deep_links', {
  idHash: text('id_hash').primaryKey(),
  teacherId: integer('teacher_id')
    .notNull()
    .references(() => teachers.id, { onDelete: 'cascade' }),
  platformId: integer('platform_id')
    .notNull()
    .references(() => ltiPlatforms.id, { onDelete: 'cascade' }),
  deploymentId: text('deployment_id').notNull(),
  returnUrl: text('return_url').notNull(),
  data: text('data'),
  expiresAt: at('expires_at').notNull(),
  /** The LMS course the content is added to (its context id), when the platform said. */
  contextId: text('context_id'),
});

/** A one-time address for LTI Dynamic Registration (its token's hash). */
export const ltiRegistrationTokens = pgTable('lti_registration_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  expiresAt: at('expires_at').notNull(),
});

/** An LMS course's roster (NRPS), per assignment launched from it. */
export const ltiRosters = pgTable(
  'lti_rosters',
  {
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => assignments.id, { onDelete: 'cascade' }),
    platformId: integer('platform_id')
      .notNull()
      .references(() => ltiPlatforms.id, { onDelete: 'cascade' }),
    membershipsUrl: text('memberships_url').notNull(),
  },
  (table) => [primaryKey({ columns: [table.assignmentId, table.membershipsUrl] })],
);

/** An assignment added to an LMS course (Deep Linking): its Instructors may manage it. */
export const ltiCourseAssignments = pgTable(
  'lti_course_assignments',
  {
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => assignments.id, { onDelete: 'cascade' }),
    platformId: integer('platform_id')
      .notNull()
      .references(() => ltiPlatforms.id, { onDelete: 'cascade' }),
    contextId: text('context_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.assignmentId, table.platformId, table.contextId] })],
);

/** A teacher of an LMS course who may manage an assignment of that course they did not make. */
export const ltiAssignmentTeachers = pgTable(
  'lti_assignment_teachers',
  {
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => assignments.id, { onDelete: 'cascade' }),
    teacherId: integer('teacher_id')
      .notNull()
      .references(() => teachers.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.assignmentId, table.teacherId] })],
);
