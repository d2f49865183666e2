// Ending a sentence with text that may already end in a mark: a name ("Sem B.") or a lesson title
// ("Wat is een customer journey?").

/** `text` with a full stop, unless it already ends in one, or in a question or exclamation mark. */
export function endSentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.?!…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
