const collator = new Intl.Collator('nl');

/** Only the id and text of each entry: what a student may see of an option, item or answer. */
export const idsAndTexts = (items: readonly { id: string; text: string }[]) => items.map(({ id, text }) => ({ id, text }));

/** Items sorted by text: an order that says nothing about the key. */
export function neutralOrder<T extends { id: string; text: string }>(items: readonly T[]): { id: string; text: string }[] {
  return idsAndTexts(items).sort((a, b) => collator.compare(a.text, b.text) || collator.compare(a.id, b.id));
}
