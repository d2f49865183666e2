import 'server-only';
import { getDb, openAtStart } from '../db/client.server';
import { startScoreRetries } from '../lti/scores.server';
import { getTestBank } from '../content/toetsbank.server';

/**
 * Opens and migrates the database, and reads the content, before the server answers anything: a
 * data folder held by another process, a failed migration or a broken toetsbank stops the server
 * with a clear message instead of failing on the first request. (Next only logs an error thrown
 * from instrumentation and goes on, so this exits itself.)
 */
export function start(): Promise<void> {
  const started = (async () => {
    try {
      await openAtStart();
      await getTestBank();
      // Scores for an LMS that were not sent yet (the process stopped, the LMS was down) go now, and retries every half minute.
      startScoreRetries(getDb);
    } catch (error) {
      console.error(`Klantreis start niet: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  })();
  // scripts/server.mjs waits for this before it listens: Next runs instrumentation in the
  // background after prepare(), so without it the server would say "Ready" first.
  (globalThis as { __klantreisStartup?: Promise<void> }).__klantreisStartup = started;
  return started;
}
