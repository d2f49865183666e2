import 'server-only';
import type { Db } from '../db/client.server';
import { lmsStudentsOf, rostersOf } from '../db/lti.server';
import { nameOf, NRPS_SCOPE, roleOf } from './claims';
import { fetchJsonWithHeaders, LmsAnswerError } from './fetch.server';
import { isRecord } from '../util/records';
import { acceptableUrl } from './registration';
import { accessToken, forgetToken } from './scores.server';

// Names and Role Provisioning Services 2.0: the students of the LMS courses an assignment was
// launched from who have not opened it yet, for the teacher's results page. Read at most once a
// minute per assignment; a roster that cannot be read is left out and said so, never an error page.

const MEMBERSHIP_TYPE = 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json';
const LEARNER = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner';
/** A roster page may be large (a year group); at most this many pages are read. */
const MAX_PAGE_BYTES = 2 * 1024 * 1024;
const MAX_PAGES = 20;
const KEPT_MS = 60_000;

export type NotStarted =
  /** No LMS course launched this assignment (or its platform offers no roster). */
  | null
  /** Who has not started, by name; `unreadable` counts the rosters that could not be read. */
  | { names: string[]; unreadable: number };

type Member = { user_id?: unknown; roles?: unknown; status?: unknown } & Record<string, unknown>;

/** The next page of a roster, from its Link header (RFC 8288), when that is an address an LMS may have. */
function nextPage(link: string | null): string | null {
  const next = link?.split(',').find((part) => /;\s*rel="?next"?/.test(part));
  const url = next && /<([^>]+)>/.exec(next)?.[1];
  return url && acceptableUrl(url) ? url : null;
}

/** The learners of one course roster (active, with the Learner role). */
async function learnersOf(db: Db, platformId: number, membershipsUrl: string): Promise<Member[]> {
  const token = await accessToken(db, platformId, Date.now(), NRPS_SCOPE);
  const first = new URL(membershipsUrl);
  first.searchParams.set('role', LEARNER);
  const members: Member[] = [];
  let url: string | null = first.href;
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const { json, headers } = await fetchJsonWithHeaders(
      url,
      { headers: { authorization: `Bearer ${token}`, accept: MEMBERSHIP_TYPE } },
      MAX_PAGE_BYTES,
    ).catch((error: unknown) => {
      if (error instanceof LmsAnswerError && error.status === 401) forgetToken(platformId, NRPS_SCOPE);
      throw error;
    });
    const listed = (json as { members?: unknown }).members;
    if (Array.isArray(listed)) members.push(...listed.filter((member): member is Member => isRecord(member)));
    url = nextPage(headers.get('link'));
  }
  return members.filter(
    (member) =>
      typeof member.user_id === 'string' &&
      (member.status === undefined || member.status === 'Active') &&
      Array.isArray(member.roles) &&
      roleOf(member.roles) === 'student',
  );
}

const kept = new Map<string, { at: number; result: Promise<NotStarted> }>();

/**
 * The students of this assignment's LMS courses who have not started it, by name. The LMS is asked
 * at most once a minute per assignment and set of courses (a course launching it for the first time
 * is asked at once).
 */
export async function notStartedFromLms(db: Db, assignmentId: number, now = Date.now()): Promise<NotStarted> {
  const rosters = await rostersOf(db, assignmentId);
  if (rosters.length === 0) return null;
  const key = `${assignmentId} ${rosters.map((roster) => roster.membershipsUrl).join(' ')}`;
  const cached = kept.get(key);
  if (cached && now - cached.at < KEPT_MS) return cached.result;
  const result = (async (): Promise<NotStarted> => {
    const names = new Set<string>();
    let unreadable = 0;
    for (const roster of rosters) {
      try {
        const [learners, started] = await Promise.all([
          learnersOf(db, roster.platformId, roster.membershipsUrl),
          lmsStudentsOf(db, assignmentId, roster.platformId),
        ]);
        for (const member of learners)
          if (!started.has(member.user_id as string)) names.add(nameOf(member, member.user_id as string));
      } catch (error) {
        unreadable++;
        console.error(
          `[klantreis] LTI roster of assignment ${assignmentId} not read: ${error instanceof Error ? error.message : 'error'}`,
        );
      }
    }
    return { names: [...names].sort((a, b) => a.localeCompare(b, 'nl')), unreadable };
  })();
  kept.set(key, { at: now, result });
  // A failure is not kept: the next page view asks again.
  result.catch(() => kept.delete(key));
  if (kept.size > 500) kept.delete(kept.keys().next().value!);
  return result;
}
