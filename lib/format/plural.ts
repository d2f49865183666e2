// Counts in Dutch: one rule for every number the interface shows, so "1 leerlingen" cannot happen.

let dutchRules: Intl.PluralRules | undefined;
// Made on first use, once: building an Intl object costs far more than using one.
const rules = () => (dutchRules ??= new Intl.PluralRules('nl-NL'));

/** The form of a word for `count`: plural(1, 'leerling', 'leerlingen') is "leerling", plural(3, …) "leerlingen". */
export function plural(count: number, one: string, other: string): string {
  return rules().select(count) === 'one' ? one : other;
}

/** A count with its word: countOf(1, 'poging', 'pogingen') is "1 poging"; countOf(0, …) "0 pogingen". */
export function countOf(count: number, one: string, other: string): string {
  return `${count} ${plural(count, one, other)}`;
}
