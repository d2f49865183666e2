import { describe, expect, test } from 'vitest';
import { emptyProgress, recordAttempt, visitLesson } from '@/lib/progress';
import { flashcardDeck, flashcardId, flashcardQueue } from '@/lib/progress/flashcards';

const NOW = new Date('2026-11-23T12:00:00Z');
const terms = [
  { id: 'persona', lesson: 'les-a' },
  { id: 'touchpoint', lesson: 'les-a' },
  { id: 'nps', lesson: 'les-b' },
];

describe('glossary flashcards', () => {
  test('every term gives two cards whose ids are progress ids', () => {
    expect(flashcardId('persona', 'uitleg')).toBe('begrip-persona-uitleg');
    const deck = flashcardDeck(terms);
    expect(deck).toHaveLength(6);
    for (const card of deck) expect(card.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('new cards come from opened lessons, due cards first', () => {
    let progress = visitLesson(emptyProgress(), 'les-a', NOW);
    progress = recordAttempt(progress, 'begrip-nps-term', 0, new Date('2026-11-20T12:00:00Z'));
    const queue = flashcardQueue(progress, flashcardDeck(terms), NOW, 10);
    expect(queue[0]).toBe('begrip-nps-term');
    expect(queue.slice(1).sort()).toEqual(
      ['begrip-persona-term', 'begrip-persona-uitleg', 'begrip-touchpoint-term', 'begrip-touchpoint-uitleg'].sort(),
    );
  });

  test('the two sides of one term are not asked right after each other', () => {
    const progress = visitLesson(emptyProgress(), 'les-a', NOW);
    const queue = flashcardQueue(progress, flashcardDeck(terms), NOW, 10);
    const term = (id: string) => id.split('-')[1];
    for (let i = 1; i < queue.length; i++) expect(term(queue[i]!)).not.toBe(term(queue[i - 1]!));
  });
});
