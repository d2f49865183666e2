import 'server-only';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as dutch from '@zxcvbn-ts/language-nl-be';

// Refuses the passwords guessers try first: zxcvbn-ts (maintained) with its common-password list
// and a Dutch dictionary. Score 0-4; below 3 is "too easy to guess". Server-side only.

let checker: ZxcvbnFactory | undefined;

/** A Dutch reason why this password is too easy to guess, or null when it is good enough. */
export function weakPassword(password: string, personal: string[] = []): string | null {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...dutch.dictionary },
    graphs: common.adjacencyGraphs,
    translations: dutch.translations,
  });
  const result = checker.check(password.slice(0, 100), personal.filter(Boolean));
  if (result.score >= 3) return null;
  const why = result.feedback.warning ? ` ${result.feedback.warning}` : '';
  return `Dit wachtwoord is te makkelijk te raden.${why} Kies een langere zin van een paar woorden die niet bij elkaar horen.`;
}
