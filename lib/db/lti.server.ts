import 'server-only';
import { and, asc, count, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from './client.server';
import {
  attempts,
  ltiAssignmentTeachers,
  ltiCourseAssignments,
  ltiDeepLinks,
  ltiPlatforms,
  ltiRegistrationTokens,
  ltiRosters,
  ltiScorePosts,
  ltiStates,
  ltiTickets,
  ltiUsers,
  participants,
  teachers,
} from './schema';
import { hashToken, newToken } from './tokens';

// What LTI 1.3 keeps in the database: the registered platforms, logins in progress, the teachers
// and students who came in from an LMS, and the scores still to be sent (lib/lti/*.server.ts).

export type Platform = typeof ltiPlatforms.$inferSelect;
export type PlatformInput = Omit<Platform, 'id' | 'createdAt'>;

/** Registers a platform, or says one with this issuer and client id exists. */
export async function registerPlatform(db: Db, input: PlatformInput): Promise<{ ok: true; platform: Platform } | { ok: false }> {
  const [platform] = await db.insert(ltiPlatforms).values(input).onConflictDoNothing().returning();
  return platform ? { ok: true, platform } : { ok: false };
}

export const listPlatforms = (db: Db) => db.select().from(ltiPlatforms).orderBy(asc(ltiPlatforms.id));

/**
 * Removes a platform. Its students stay in their assignments with their results, but their scores
 * no longer go anywhere: their gradebook column is forgotten and scores not sent yet are dropped
 * (the admin page says so before the button).
 */
export async function deletePlatform(db: Db, id: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const students = tx.select({ id: participants.id }).from(participants).where(eq(participants.ltiPlatformId, id));
    await tx.delete(ltiScorePosts).where(and(inArray(ltiScorePosts.participantId, students), isNull(ltiScorePosts.sentAt)));
    await tx.update(participants).set({ ltiLineItem: null }).where(eq(participants.ltiPlatformId, id));
    return (await tx.delete(ltiPlatforms).where(eq(ltiPlatforms.id, id)).returning({ id: ltiPlatforms.id })).length > 0;
  });
}

export async function platformById(db: Db, id: number): Promise<Platform | null> {
  const [row] = await db.select().from(ltiPlatforms).where(eq(ltiPlatforms.id, id));
  return row ?? null;
}

/**
 * The platform a login comes from: by issuer, and by client id when the platform sends one (it
 * must when one issuer has several registrations).
 */
export async function platformFor(db: Db, issuer: string, clientId: string | null): Promise<Platform | null> {
  const rows = await db
    .select()
    .from(ltiPlatforms)
    .where(clientId ? and(eq(ltiPlatforms.issuer, issuer), eq(ltiPlatforms.clientId, clientId)) : eq(ltiPlatforms.issuer, issuer))
    .limit(2);
  return rows.length === 1 ? rows[0]! : null;
}

/** Remembers a login in progress; drops those that expired. */
export async function saveState(db: Db, row: typeof ltiStates.$inferInsert, now: Date): Promise<void> {
  await db.delete(ltiStates).where(lt(ltiStates.expiresAt, now));
  await db.insert(ltiStates).values(row);
}

/** A login in progress, looked at without taking it: which platform, and whether it offered storage. */
export async function peekState(
  db: Db,
  state: string,
  now: Date,
): Promise<{ platformId: number; storageTarget: string | null } | null> {
  const [row] = await db
    .select({ platformId: ltiStates.platformId, storageTarget: ltiStates.storageTarget, expiresAt: ltiStates.expiresAt })
    .from(ltiStates)
    .where(eq(ltiStates.state, state));
  return row && row.expiresAt > now ? { platformId: row.platformId, storageTarget: row.storageTarget } : null;
}

/** Takes a login in progress, once: the second launch with the same state finds nothing. */
export async function takeState(db: Db, state: string, now: Date): Promise<{ nonce: string; platformId: number } | null> {
  const [row] = await db
    .delete(ltiStates)
    .where(eq(ltiStates.state, state))
    .returning({ nonce: ltiStates.nonce, platformId: ltiStates.platformId, expiresAt: ltiStates.expiresAt });
  return row && row.expiresAt > now ? { nonce: row.nonce, platformId: row.platformId } : null;
}

/**
 * The teacher account of an LMS user (an Instructor launch), made on their first launch. It has no
 * password and an address that cannot receive mail: an LMS never takes over an account made on the
 * site by e-mail address.
 */
export async function teacherForLmsUser(db: Db, platformId: number, sub: string, name: string): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(7251047, ${platformId})`);
    const [known] = await tx
      .select({ teacherId: ltiUsers.teacherId })
      .from(ltiUsers)
      .where(and(eq(ltiUsers.platformId, platformId), eq(ltiUsers.sub, sub)));
    if (known) {
      await tx.update(teachers).set({ name }).where(eq(teachers.id, known.teacherId));
      return known.teacherId;
    }
    const [teacher] = await tx
      .insert(teachers)
      .values({ name, email: `lms-${platformId}-${hashToken(sub).slice(0, 24)}@lms.klantreis.invalid`, passwordHash: 'lms' })
      .returning({ id: teachers.id });
    await tx.insert(ltiUsers).values({ platformId, sub, teacherId: teacher!.id });
    return teacher!.id;
  });
}

/**
 * A student who came in from an LMS joins the assignment under their LMS user id (no code), or comes
 * back to it: their name and gradebook column are brought up to date and the browser gets a new
 * cookie token. At most `maxStudents`, counted under the assignment's lock as a join with a code is.
 */
export async function joinFromLms(
  db: Db,
  assignmentId: number,
  input: { platformId: number; sub: string; name: string; lineItem: string | null },
  now: Date,
  maxStudents: number,
  /** Whether a new student may join now (the assignment is open); one who joined before always comes back. */
  open = true,
): Promise<{ ok: true; token: string; participantId: number } | { ok: false; reason: 'full' | 'closed' }> {
  const token = newToken();
  const joined = await db.transaction(async (tx): Promise<number | 'full' | 'closed'> => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(7251046, ${assignmentId})`);
    const [back] = await tx
      .update(participants)
      .set({ tokenHash: hashToken(token), displayName: input.name, ltiLineItem: input.lineItem })
      .where(
        and(
          eq(participants.assignmentId, assignmentId),
          eq(participants.ltiPlatformId, input.platformId),
          eq(participants.ltiSub, input.sub),
        ),
      )
      .returning({ id: participants.id });
    if (back) return back.id;
    if (!open) return 'closed';
    const [row] = await tx.select({ n: count() }).from(participants).where(eq(participants.assignmentId, assignmentId));
    if ((row?.n ?? 0) >= maxStudents) return 'full';
    const [participant] = await tx
      .insert(participants)
      .values({
        assignmentId,
        tokenHash: hashToken(token),
        displayName: input.name,
        studentNumber: null,
        createdAt: now,
        ltiPlatformId: input.platformId,
        ltiSub: input.sub,
        ltiLineItem: input.lineItem,
      })
      .returning({ id: participants.id });
    await tx.insert(attempts).values({ participantId: participant!.id, number: 1, startedAt: now });
    return participant!.id;
  });
  return typeof joined === 'number' ? { ok: true, token, participantId: joined } : { ok: false, reason: joined };
}

/** A score to send: whose, where to, and the result now (null points: a map the teacher has not graded yet). */
export type DueScore = {
  /** The queued rows this score answers (a student with several due rows gets one post). */
  ids: number[];
  tries: number;
  platformId: number;
  sub: string;
  lineItem: string;
  points: number | null;
  maxPoints: number | null;
};

/**
 * Takes up to `limit` queued rows that are due and leases them for `leaseSeconds` (another process
 * skips them meanwhile; rows of a process that died mid-send come due again). Rows of one student
 * become one score: the student's result now, for a quiz their best handed-in attempt (the one the
 * teacher's page counts: the earliest of equal scores), for a map their latest hand-in with its
 * grade, if it has one. `nothing` lists rows with no result to send (they are done).
 */
export async function takeDueScores(
  db: Db,
  now: Date,
  limit: number,
  leaseSeconds = 120,
): Promise<{ scores: DueScore[]; nothing: number[] }> {
  const rows = (await db.execute(sql`
    WITH due AS (
      SELECT id FROM lti_score_posts
      WHERE sent_at IS NULL AND next_at <= ${now.toISOString()}::timestamptz
        AND EXISTS (SELECT 1 FROM participants p WHERE p.id = participant_id AND p.lti_platform_id IS NOT NULL)
      ORDER BY next_at, id LIMIT ${limit} FOR UPDATE SKIP LOCKED
    ), leased AS (
      UPDATE lti_score_posts s SET tries = s.tries + 1, next_at = ${now.toISOString()}::timestamptz + make_interval(secs => ${leaseSeconds})
      FROM due WHERE s.id = due.id
      RETURNING s.id, s.tries, s.participant_id
    ), grouped AS (
      SELECT participant_id, array_agg(id ORDER BY id) AS ids, max(tries) AS tries FROM leased GROUP BY participant_id
    )
    SELECT g.ids, g.tries, p.lti_platform_id, p.lti_sub, p.lti_line_item,
      coalesce(best.points, map.points) AS points, coalesce(best.max_points, map.max_points) AS max_points,
      (best.points IS NOT NULL OR map.handed_in IS NOT NULL) AS has_result
    FROM grouped g
    JOIN participants p ON p.id = g.participant_id
    JOIN assignments asg ON asg.id = p.assignment_id
    LEFT JOIN LATERAL (
      SELECT a.points, a.max_points FROM attempts a
      WHERE asg.kind = 'toets' AND a.participant_id = p.id AND a.submitted_at IS NOT NULL AND a.points IS NOT NULL
      ORDER BY a.points DESC, a.number ASC LIMIT 1
    ) best ON true
    LEFT JOIN LATERAL (
      SELECT m.points, m.max_points, true AS handed_in FROM map_hand_ins m
      WHERE asg.kind = 'kaart' AND m.participant_id = p.id
      ORDER BY m.handed_in_at DESC, m.id DESC LIMIT 1
    ) map ON true
    ORDER BY g.ids[1]`)) as unknown as { rows: Record<string, unknown>[] };
  const idsOf = (value: unknown) => (Array.isArray(value) ? value : String(value).replace(/[{}]/g, '').split(',')).map(Number);
  const scores: DueScore[] = [];
  const nothing: number[] = [];
  for (const row of rows.rows) {
    if (row.lti_platform_id === null || row.lti_line_item === null || !row.has_result) {
      nothing.push(...idsOf(row.ids));
      continue;
    }
    scores.push({
      ids: idsOf(row.ids),
      tries: Number(row.tries),
      platformId: Number(row.lti_platform_id),
      sub: String(row.lti_sub),
      lineItem: String(row.lti_line_item),
      points: row.points === null ? null : Number(row.points),
      maxPoints: row.max_points === null ? null : Number(row.max_points),
    });
  }
  return { scores, nothing };
}

/**
 * Queues a score for a student who came in from an LMS (a map handed in, or graded); nothing for a
 * student who joined with a code. Run it in the transaction that stores what changed.
 */
export async function queueScore(db: Pick<Db, 'execute'>, participantId: number, now: Date): Promise<void> {
  await db.execute(sql`
    INSERT INTO lti_score_posts (participant_id, created_at, next_at)
    SELECT id, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz FROM participants
    WHERE id = ${participantId} AND lti_line_item IS NOT NULL AND lti_platform_id IS NOT NULL`);
}

export async function markScoresSent(db: Db, ids: number[], now: Date): Promise<void> {
  if (ids.length > 0) await db.update(ltiScorePosts).set({ sentAt: now, lastError: null }).where(inArray(ltiScorePosts.id, ids));
}

export async function markScoreFailed(db: Db, ids: number[], nextAt: Date, error: string): Promise<void> {
  await db
    .update(ltiScorePosts)
    .set({ nextAt, lastError: error.slice(0, 500) })
    .where(inArray(ltiScorePosts.id, ids));
}

export type DeepLink = typeof ltiDeepLinks.$inferSelect;

/** Keeps a Deep Linking request for its teacher's choice; returns the id for the page's address. */
export async function saveDeepLink(db: Db, row: Omit<DeepLink, 'idHash'>, now: Date): Promise<string> {
  const id = newToken();
  await db.delete(ltiDeepLinks).where(lt(ltiDeepLinks.expiresAt, now));
  await db.insert(ltiDeepLinks).values({ ...row, idHash: hashToken(id) });
  return id;
}

/** A teacher's Deep Linking request that has not expired (to show the choice), or null. */
export async function deepLinkOf(db: Db, teacherId: number, id: string, now: Date): Promise<DeepLink | null> {
  const [row] = await db
    .select()
    .from(ltiDeepLinks)
    .where(and(eq(ltiDeepLinks.idHash, hashToken(id)), eq(ltiDeepLinks.teacherId, teacherId)));
  return row && row.expiresAt > now ? row : null;
}

/** Takes a teacher's Deep Linking request, once (a second choice with the same id finds nothing). */
export async function takeDeepLink(db: Db, teacherId: number, id: string, now: Date): Promise<DeepLink | null> {
  const [row] = await db
    .delete(ltiDeepLinks)
    .where(and(eq(ltiDeepLinks.idHash, hashToken(id)), eq(ltiDeepLinks.teacherId, teacherId)))
    .returning();
  return row && row.expiresAt > now ? row : null;
}

/** A new one-time registration token (valid for `hours`); the raw token goes into the address. */
export async function newRegistrationToken(db: Db, now: Date, hours = 24): Promise<string> {
  const token = newToken();
  await db.delete(ltiRegistrationTokens).where(lt(ltiRegistrationTokens.expiresAt, now));
  await db
    .insert(ltiRegistrationTokens)
    .values({ tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + hours * 3600_000) });
  return token;
}

/**
 * Takes a registration token, once: of two requests with the same token only one gets it. Returns
 * its expiry (to give it back with when the registration fails), or null when it was not valid.
 */
export async function takeRegistrationToken(db: Db, token: string, now: Date): Promise<Date | null> {
  const [row] = await db
    .delete(ltiRegistrationTokens)
    .where(eq(ltiRegistrationTokens.tokenHash, hashToken(token)))
    .returning({ expiresAt: ltiRegistrationTokens.expiresAt });
  return row && row.expiresAt > now ? row.expiresAt : null;
}

/** Gives a taken registration token back (the registration with the LMS failed; the admin may try again). */
export async function restoreRegistrationToken(db: Db, token: string, expiresAt: Date): Promise<void> {
  await db
    .insert(ltiRegistrationTokens)
    .values({ tokenHash: hashToken(token), expiresAt })
    .onConflictDoNothing();
}

/** A one-time ticket (five minutes) for a launch in a frame to continue in a window of its own. */
export async function newTicket(
  db: Db,
  who: { teacherId: number } | { participantId: number },
  target: string,
  now: Date,
): Promise<string> {
  const ticket = newToken();
  await db.delete(ltiTickets).where(lt(ltiTickets.expiresAt, now));
  await db
    .insert(ltiTickets)
    .values({ ticketHash: hashToken(ticket), ...who, target, expiresAt: new Date(now.getTime() + 5 * 60_000) });
  return ticket;
}

/** Takes a ticket, once; null when it is unknown, used or expired. */
export async function takeTicket(db: Db, ticket: string, now: Date): Promise<typeof ltiTickets.$inferSelect | null> {
  const [row] = await db
    .delete(ltiTickets)
    .where(eq(ltiTickets.ticketHash, hashToken(ticket)))
    .returning();
  return row && row.expiresAt > now ? row : null;
}

/** A new cookie token for a student (the browser that had the old one must open it from the LMS again). */
export async function renewParticipantToken(db: Db, participantId: number): Promise<string | null> {
  const token = newToken();
  const [row] = await db
    .update(participants)
    .set({ tokenHash: hashToken(token) })
    .where(eq(participants.id, participantId))
    .returning({ id: participants.id });
  return row ? token : null;
}

/** Remembers where the roster of the course an assignment was launched from is (once per course). */
export async function rememberRoster(db: Db, assignmentId: number, platformId: number, membershipsUrl: string): Promise<void> {
  await db.insert(ltiRosters).values({ assignmentId, platformId, membershipsUrl }).onConflictDoNothing();
}

/** The rosters of an assignment's courses. */
export const rostersOf = (db: Db, assignmentId: number) =>
  db.select().from(ltiRosters).where(eq(ltiRosters.assignmentId, assignmentId));

/** The LMS user ids of an assignment's students from this platform. */
export async function lmsStudentsOf(db: Db, assignmentId: number, platformId: number): Promise<Set<string>> {
  const rows = await db
    .select({ sub: participants.ltiSub })
    .from(participants)
    .where(and(eq(participants.assignmentId, assignmentId), eq(participants.ltiPlatformId, platformId)));
  return new Set(rows.flatMap((row) => (row.sub ? [row.sub] : [])));
}

/** Ties an assignment to the LMS course it was added to (Deep Linking): its Instructors may manage it. */
export async function addToCourse(db: Db, assignmentId: number, platformId: number, contextId: string): Promise<void> {
  await db.insert(ltiCourseAssignments).values({ assignmentId, platformId, contextId }).onConflictDoNothing();
}

/**
 * Makes an Instructor of this course (platform and context from the platform's signed launch) a
 * teacher of the assignment, when the assignment was added to that course. Returns whether they are.
 */
export async function joinCourseTeachers(
  db: Db,
  assignmentId: number,
  platformId: number,
  contextId: string,
  teacherId: number,
): Promise<boolean> {
  const [linked] = await db
    .select({ id: ltiCourseAssignments.assignmentId })
    .from(ltiCourseAssignments)
    .where(
      and(
        eq(ltiCourseAssignments.assignmentId, assignmentId),
        eq(ltiCourseAssignments.platformId, platformId),
        eq(ltiCourseAssignments.contextId, contextId),
      ),
    );
  if (!linked) return false;
  await db.insert(ltiAssignmentTeachers).values({ assignmentId, teacherId }).onConflictDoNothing();
  return true;
}
