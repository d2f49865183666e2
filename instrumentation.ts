// Runs once when the server starts (not during `next build`): lib/server/startup.server.ts opens and
// migrates the database, and stops the process when that fails.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    await (await import('./lib/server/startup.server')).start();
  }
}
