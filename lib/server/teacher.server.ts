import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '../db/client.server';
import { SESSION_DAYS, teacherForSession, type Teacher } from '../db/teachers.server';
import { secureCookies } from './request.server';

export const SESSION_COOKIE = 'klantreis_docent';

/** The logged-in teacher, or null; read once per request. */
export const currentTeacher = cache(async (): Promise<Teacher | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token || token.length > 100) return null;
  return teacherForSession(await getDb(), token, new Date());
});

/** The logged-in teacher; anyone else goes to the login page. */
export async function requireTeacher(): Promise<Teacher> {
  const teacher = await currentTeacher();
  if (!teacher) redirect('/docent');
  return teacher;
}

/** The session cookie's attributes: httpOnly, SameSite=Lax, Secure on HTTPS (a login and an LMS launch alike). */
export const sessionCookieOptions = (secure: boolean, expiresAt: Date) =>
  ({ httpOnly: true, sameSite: 'lax', secure, path: '/', expires: expiresAt, maxAge: SESSION_DAYS * 24 * 3600 }) as const;

/** Sets the session cookie. */
export async function setSessionCookie(token: string, expiresAt: Date) {
  (await cookies()).set(SESSION_COOKIE, token, sessionCookieOptions(secureCookies(await headers()), expiresAt));
}

/** Remembers an open Deep Linking request (LTI) in the teacher's browser, for the way back to the choice. */
export const DEEP_LINK_COOKIE = 'klantreis_koppeling';

/** The cookie that remembers a browser a teacher logged in with (login limits count it on its own). */
export const DEVICE_COOKIE = 'klantreis_apparaat';

/** Remembers this browser for a year: httpOnly, only sent to the teacher pages. */
export async function setDeviceCookie(token: string) {
  (await cookies()).set(DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies(await headers()),
    path: '/docent',
    maxAge: 365 * 24 * 3600,
  });
}
