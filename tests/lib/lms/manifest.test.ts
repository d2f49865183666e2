import { describe, expect, test } from 'vitest';
import { manifestXml, masteryPercent, type ManifestInput } from '@/lib/lms/manifest';
import { manifestSchemaErrors as schemaErrors } from '../../support/xmllint';

const FILES = ['index.html', 'klantreis-speler.js', 'klantreis-speler.css'];
const input = (over: Partial<ManifestInput> = {}): ManifestInput => ({
  id: 'les-personas',
  title: 'Persona’s & <doelgroepen> "les"',
  version: '1.2',
  masteryScore: null,
  files: FILES,
  ...over,
});

const all = (xml: string, pattern: RegExp) => [...xml.matchAll(pattern)].map((match) => match[1]!);

describe('imsmanifest.xml', () => {
  test.each([
    ['1.2', null],
    ['1.2', 0.55],
    ['2004', null],
    ['2004', 0.55],
  ] as const)(
    'SCORM %s (mastery %s) is valid against the schemas, lists every file and resolves its identifierref',
    (version, masteryScore) => {
      const xml = manifestXml(input({ version, masteryScore }));
      expect(schemaErrors(xml, version)).toBe('');
      expect(xml).not.toMatch(/schemaLocation/);
      expect(all(xml, /<file href="([^"]*)"/g)).toEqual(FILES);
      expect(all(xml, /\shref="([^"]*)"/g).every((href) => !href.startsWith('/') && !href.includes('://'))).toBe(true);
      const resources = new Set(all(xml, /<resource identifier="([^"]*)"/g));
      const refs = all(xml, /identifierref="([^"]*)"/g);
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) expect(resources.has(ref)).toBe(true);
      expect(all(xml, /<organizations default="([^"]*)"/g)).toEqual(all(xml, /<organization identifier="([^"]*)"/g));
      expect(xml).toContain('Persona’s &amp; &lt;doelgroepen&gt; &quot;les&quot;');
    },
  );

  test('SCORM 1.2 names the SCO and its pass mark as 0–100; a lesson has none', () => {
    const quiz = manifestXml(input({ masteryScore: 0.55 }));
    expect(quiz).toContain('adlcp:scormtype="sco"');
    expect(quiz).toContain('<adlcp:masteryscore>55</adlcp:masteryscore>');
    expect(quiz).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifestXml(input())).not.toContain('masteryscore');
    expect(masteryPercent(0.555)).toBe(56);
    expect(masteryPercent(1)).toBe(100);
  });

  test('SCORM 2004 4th Edition: scormType, its schemaversion, the pass mark as the primary objective’s minimum measure', () => {
    const quiz = manifestXml(input({ version: '2004', masteryScore: 0.7 }));
    expect(quiz).toContain('adlcp:scormType="sco"');
    expect(quiz).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(quiz).toMatch(
      /<imsss:primaryObjective objectiveID="[^"]+" satisfiedByMeasure="true">\s*<imsss:minNormalizedMeasure>0.70<\/imsss:minNormalizedMeasure>/,
    );
    expect(manifestXml(input({ version: '2004' }))).not.toContain('imsss:sequencing');
  });

  test('an id that is no XML name still makes valid identifiers', () => {
    const xml = manifestXml(input({ id: '12 opdracht/ä', version: '2004', masteryScore: 0.55 }));
    expect(schemaErrors(xml, '2004')).toBe('');
  });

  test('the schemas catch a broken manifest (the check is real)', () => {
    const broken = manifestXml(input({ version: '2004' })).replace('<resources>', '<resources><bogus/>');
    expect(schemaErrors(broken, '2004')).toMatch(/bogus/);
    const noIdentifier = manifestXml(input()).replace(/<item identifier="[^"]*"/, '<item');
    expect(schemaErrors(noIdentifier, '1.2')).not.toBe('');
  });

  test('refuses absolute, outside, doubled or missing files', () => {
    expect(() => manifestXml(input({ files: ['/index.html'] }))).toThrow(/relative/);
    expect(() => manifestXml(input({ files: ['index.html', '../x.js'] }))).toThrow(/relative/);
    expect(() => manifestXml(input({ files: ['index.html', 'https://cdn.example/x.js'] }))).toThrow(/relative/);
    expect(() => manifestXml(input({ files: ['index.html', 'index.html'] }))).toThrow(/Twice/);
    expect(() => manifestXml(input({ files: ['index.html', 'imsmanifest.xml'] }))).toThrow(/itself/);
    expect(() => manifestXml(input({ files: [] }))).toThrow();
  });
});
