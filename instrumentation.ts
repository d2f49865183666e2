// Runs once when the server starts (not during `next build`): lib/server/startup.server.ts opens and
// migrates the database, and stops the process when that fails.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    // scripts/server.mjs calls these two route handlers directly, past Next's router, when a whole
    // class saves or hands in at once (its "fast lane", docs/architecture.md). They read everything
    // from the request itself, so they behave the same either way.
    const [handIn, save] = await Promise.all([
      import('./app/api/opdracht/[code]/inleveren/route'),
      import('./app/api/opdracht/[code]/antwoorden/route'),
    ]);
    (globalThis as { __klantreisFastLane?: unknown }).__klantreisFastLane = {
      inleveren: { method: 'POST', handler: handIn.POST },
      antwoorden: { method: 'PUT', handler: save.PUT },
    };
    await (await import('./lib/server/startup.server')).start();
  }
}
