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

export const participants = pgTable('participants', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  assignmentId: integer('assignment_id')
    .notNull()
    .references(() => assignments.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  displayName: text('display_name').notNull(),
  studentNumber: text('student_number'),
  createdAt: at('created_at').notNull().defaultNow(),
});

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
