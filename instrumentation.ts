// Runs once when the server starts (not during `next build`): lib/server/startup.server.ts opens and
// migrates the database, and stops the process when that fails.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    // scripts/server.mjs calls these two handlers directly, past Next's router, when a whole class
    // saves or hands in at once (its "fast lane", docs/architecture.md). They read only headers and
    // body, so they answer the same either way.
    const { handInRoute, saveRoute } = await import('./lib/server/student-routes.server');
    (globalThis as { __klantreisFastLane?: unknown }).__klantreisFastLane = {
      inleveren: { method: 'POST', handler: handInRoute },
      antwoorden: { method: 'PUT', handler: saveRoute },
    };
    await (await import('./lib/server/startup.server')).start();
  }
}
