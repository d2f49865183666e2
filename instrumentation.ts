// Runs once when the server starts (not during `next build`): open and migrate the database now,
// so a folder held by another process or a failed migration stops the server with a clear message
// instead of failing on the first request. (Next only logs an error thrown here and goes on.)
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { openAtStart } = await import('./lib/db/client.server');
  try {
    await openAtStart();
  } catch (error) {
    console.error(`Klantreis start niet: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
