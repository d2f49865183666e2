const collator = new Intl.Collator('nl');

/** Items sorted by text: an order that says nothing about the key. */
export function neutralOrder<T extends { id: string; text: string }>(items: readonly T[]): { id: string; text: string }[] {
  return items
    .map(({ id, text }) => ({ id, text }))
    .sort((a, b) => collator.compare(a.text, b.text) || collator.compare(a.id, b.id));
}
