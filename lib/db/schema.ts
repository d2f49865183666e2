import type { Selection, ShowAnswers } from '../assignments/types';
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
