import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { NextResponse } from 'next/server';
import { dropBrokenDatabase } from '../db/client.server';
import { DatabaseError, errorCode, unavailableCode } from '../db/errors';
import { apiRequest, failReply, replyResponse, type ApiReply, type ApiRequest } from './request.server';

// One place where a request's unexpected failure becomes an answer: a database that is full,
// read-only or gone is a 503 with a Dutch message (the transaction rolled back, so nothing is half
// written); anything else a 500. The log names the route, the query and the code, never the data.

export const DATABASE_UNAVAILABLE =
  'De server kan je antwoord nu niet opslaan (de database is even niet bereikbaar). Er is niets half opgeslagen. Probeer het over een paar minuten opnieuw.';
const SERVER_ERROR = 'Er ging iets mis op de server. Probeer het opnieuw; lukt het niet, meld het dan aan je docent.';

/** Logs a failure without personal data, and reopens PGlite when it died. Returns whether the database is unavailable. */
export async function reportFailure(where: string, error: unknown): Promise<boolean> {
  if (error instanceof DatabaseError) {
    console.error(`[klantreis] ${where}: database query "${error.query}" failed (${error.code})`);
    if (error.broken) await dropBrokenDatabase();
    return error.unavailable;
  }
  const code = errorCode(error);
  // The stack without its first line: where it failed, not the message, which may hold data.
  const stack = error instanceof Error ? (error.stack ?? '').split('\n').slice(1, 6).join('\n') : '';
  console.error(`[klantreis] ${where}: ${error instanceof Error ? error.name : typeof error} (${code})\n${stack}`);
  if (code === 'aborted') await dropBrokenDatabase();
  return unavailableCode(code);
}

/** What a failure is answered with, after reportFailure: 503 when the database is unavailable, else 500. */
async function failureReply(where: string, error: unknown): Promise<ApiReply> {
  unstable_rethrow(error);
  if (await reportFailure(where, error)) return { ...failReply(503, DATABASE_UNAVAILABLE), headers: { 'retry-after': '60' } };
  return failReply(500, SERVER_ERROR);
}

/** Wraps a route handler: every failure is answered in Dutch JSON, 503 when the database is unavailable. */
export function route<A extends unknown[]>(where: string, handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response | NextResponse> => {
    try {
      return await handler(...args);
    } catch (error) {
      return replyResponse(await failureReply(where, error));
    }
  };
}

/** A student's JSON route of an assignment code, free of Next's Request and Response (lib/server/student-routes.server.ts). */
export type ApiHandler = (request: ApiRequest, code: string) => Promise<ApiReply>;

/** Wraps an ApiHandler as route() wraps a route handler. */
export function apiRoute(where: string, handler: ApiHandler): ApiHandler {
  return async (request, code) => {
    try {
      return await handler(request, code);
    } catch (error) {
      return failureReply(where, error);
    }
  };
}

/** An ApiHandler as the route handler of app/api/opdracht/[code]/…/route.ts. */
export const nextRoute =
  (handler: ApiHandler) =>
  async (request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> =>
    replyResponse(await handler(apiRequest(request), (await params).code));

/** Wraps a form's server action: a failure becomes the form's Dutch error, the fields kept. */
export function formAction<S extends { error: string | null }, A extends unknown[]>(
  where: string,
  action: (...args: A) => Promise<S>,
  keep: (...args: A) => Omit<S, 'error'>,
) {
  return async (...args: A): Promise<S> => {
    try {
      return await action(...args);
    } catch (error) {
      unstable_rethrow(error);
      const unavailable = await reportFailure(where, error);
      return { ...keep(...args), error: unavailable ? DATABASE_UNAVAILABLE : SERVER_ERROR } as S;
    }
  };
}
