/** A 32-bit hash of a string (FNV-1a), to turn "learner + exercise + attempt" into a seed. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A seeded generator of numbers in [0, 1) (mulberry32): the same seed gives the same sequence. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates) driven by `random`. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** The seed for one student's attempt at one exercise: stable across reloads, new per attempt. */
export function attemptSeed(learnerId: string, exerciseId: string, attempt: number): number {
  return hashSeed(`${learnerId}\u0000${exerciseId}\u0000${attempt}`);
}

/**
 * Shuffles items for an ordering exercise, never into the correct order (`correct` lists the ids in
 * the right order): an ordering that starts solved teaches nothing and cannot be told from a guess.
 */
export function shuffleOrdering<T extends { id: string }>(
  items: readonly T[],
  correct: readonly string[],
  random: () => number,
): T[] {
  const solved = (list: readonly T[]) => list.every((item, index) => item.id === correct[index]);
  let result = shuffle(items, random);
  // A few retries almost always suffice; rotating by one is a deterministic way out for tiny lists.
  for (let tries = 0; solved(result) && tries < 5; tries++) result = shuffle(items, random);
  if (solved(result) && result.length > 1) result = [...result.slice(1), result[0]!];
  return result;
}
