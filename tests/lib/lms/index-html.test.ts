import { describe, expect, test } from 'vitest';
import { DATA_ELEMENT_ID, packageIndexHtml } from '@/lib/lms/index-html';
import type { PackageData } from '@/lib/lms/package';
import type { Exercise } from '@/lib/scoring';

const exercise = {
  id: 'x',
  type: 'true-false',
  level: 'onthouden',
  topic: 't',
  prompt: 'Klopt </script><script>alert(1)</script> dit? <!-- nee -->',
  explanation: 'U+2028: \u2028.',
  statement: 'Ja & nee',
  answer: true,
} as unknown as Exercise;

const data = (kind: PackageData['kind']): PackageData => ({
  format: 1,
  kind,
  id: 'les-test',
  title: 'Klant & <reis>',
  version: '1.2',
  masteryScore: kind === 'les' ? null : 0.55,
  lessonHtml: kind === 'les' ? '<h2 id="a">Kop</h2>\n<p>Tekst.</p>\n<div data-oefening="x"></div>' : null,
  items: [{ exercise, html: { prompt: 'Klopt &lt;/script&gt; dit?' } }],
});

/** The PackageData back out of the page, as the player reads it. */
function dataIn(html: string): unknown {
  const match = new RegExp(`<script type="application/json" id="${DATA_ELEMENT_ID}">([\\s\\S]*?)</script>`).exec(html);
  return JSON.parse(match![1]!);
}

describe('packageIndexHtml', () => {
  test('Dutch, titled, viewport, relative links to the player only; the data comes back whole', () => {
    const html = packageIndexHtml(data('eindtoets'));
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(html).toContain('<title>Klant &amp; &lt;reis&gt;</title>');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    const refs = [...html.matchAll(/(?:href|src)="([^"]*)"/g)].map((match) => match[1]);
    expect(refs).toEqual(['data:,', 'klantreis-speler.css', 'klantreis-speler.js']);
    expect(dataIn(html)).toEqual(data('eindtoets'));
  });

  test('"</script" and "<!--" in the data cannot end or change its script element', () => {
    const html = packageIndexHtml(data('eindtoets'));
    const json = html.slice(html.indexOf(`id="${DATA_ELEMENT_ID}">`), html.lastIndexOf('<script src='));
    expect(json.toLowerCase()).not.toContain('</script><script');
    expect(json).not.toContain('<!--');
    expect(json).not.toContain('\u2028');
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });

  test('a lesson carries its text in the page, with the exercise slots', () => {
    const html = packageIndexHtml(data('les'));
    expect(html).toContain('<article class="kr-lesson" data-les>\n<h2 id="a">Kop</h2>');
    expect(html).toContain('<div data-oefening="x"></div>');
    expect(packageIndexHtml(data('eindtoets'))).not.toContain('data-les>');
  });
});
