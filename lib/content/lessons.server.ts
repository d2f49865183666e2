import 'server-only';
import { bundleMDX } from 'mdx-bundler';
import type { Exercise } from '../scoring/schema';
import { parseYaml } from './yaml';
import { ContentError, describeIssues } from './errors';
import { LESSON_FILE, LessonFrontmatterSchema, sectionsOf, type Lesson, type LessonHeading } from './lesson-schema';
import type { LessonBlock } from './lesson-blocks';
import { rehypeHeadingIds, remarkCollectBlocks, remarkCollectJsx, type JsxUse } from './mdx-plugins';

/** Components a lesson may use; everything else is a typo the build should catch. */
export const LESSON_COMPONENTS = ['Exercise', 'Begrip', 'Diagram'] as const;

/** What a lesson may refer to: exercises in the bank, glossary terms, diagrams. */
export type LessonRefs = { bank: ReadonlyMap<string, Exercise>; terms: ReadonlySet<string>; diagrams: readonly string[] };

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Validates the frontmatter, compiles the MDX and checks every exercise it refers to. */
export async function compileLesson(file: string, source: string, refs: LessonRefs): Promise<Lesson> {
  const name = file.split('/').pop() ?? file;
  const nameMatch = LESSON_FILE.exec(name);
  if (!nameMatch) {
    throw new ContentError(file, ['de bestandsnaam moet de vorm "NN-slug.mdx" hebben, bijvoorbeeld "01-wat-is-een-customer-journey.mdx"']);
  }
  const [, number, slug] = nameMatch as unknown as [string, string, string];

  const frontmatterMatch = FRONTMATTER.exec(source);
  if (!frontmatterMatch) throw new ContentError(file, ['de les moet beginnen met frontmatter tussen twee regels "---"']);
  const parsed = LessonFrontmatterSchema.safeParse(parseYaml(file, frontmatterMatch[1] ?? ''));
  if (!parsed.success) {
    throw new ContentError(file, describeIssues(parsed.error.issues, (path) => ['frontmatter', ...path.map(String)].join('.')));
  }
  const frontmatter = parsed.data;
  if (frontmatter.order !== Number(number)) {
    throw new ContentError(file, [`frontmatter.order: is ${frontmatter.order}, maar de bestandsnaam begint met ${number}`]);
  }

  const uses: JsxUse[] = [];
  const headings: LessonHeading[] = [];
  const blocks: LessonBlock[] = [];
  let code: string;
  try {
    ({ code } = await bundleMDX({
      source,
      // Our ContentError reports the problem; esbuild's own log would say it twice.
      esbuildOptions: (options) => ({ ...options, logLevel: 'silent' }),
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkCollectJsx(uses), remarkCollectBlocks(blocks)];
        options.rehypePlugins = [...(options.rehypePlugins ?? []), rehypeHeadingIds(headings)];
        return options;
      },
    }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // esbuild names the source after a temporary entry file; name the lesson instead.
    throw new ContentError(file, [`MDX klopt niet: ${message.replace(/_mdx_bundler_entry_point[^:]*\.mdx/g, name)}`]);
  }

  const problems = checkUses(uses, refs);
  if (problems.length > 0) throw new ContentError(file, problems);

  return {
    ...frontmatter,
    slug,
    file,
    code,
    headings,
    exerciseIds: uses.filter((use) => use.name === 'Exercise').map((use) => use.id ?? ''),
    sections: sectionsOf(
      headings,
      uses.filter((use) => use.name === 'Exercise').map((use) => ({ id: use.id ?? '', line: use.line })),
    ),
    termIds: [...new Set(uses.filter((use) => use.name === 'Begrip').map((use) => use.id ?? ''))],
    diagramIds: uses.filter((use) => use.name === 'Diagram').map((use) => use.id ?? ''),
    blocks,
  };
}

function checkUses(uses: JsxUse[], { bank, terms, diagrams }: LessonRefs): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const use of uses) {
    const at = use.line ? `regel ${use.line}: ` : '';
    if (use.esm) {
      problems.push(`${at}import en export zijn niet toegestaan in een les`);
      continue;
    }
    // Lower-case names are plain HTML elements.
    if (/^[a-z]/.test(use.name)) continue;
    if (!(LESSON_COMPONENTS as readonly string[]).includes(use.name)) {
      problems.push(`${at}onbekend component <${use.name}>; gebruik ${LESSON_COMPONENTS.map((c) => `<${c}>`).join(', ')}`);
      continue;
    }
    const example = { Exercise: '<Exercise id="cj-definitie" />', Begrip: '<Begrip id="touchpoint">touchpoints</Begrip>', Diagram: '<Diagram id="zeven-c" />' }[
      use.name as (typeof LESSON_COMPONENTS)[number]
    ];
    if (use.id === undefined) {
      problems.push(`${at}<${use.name}> heeft een id nodig, bijvoorbeeld ${example}`);
      continue;
    }
    if (use.name === 'Begrip') {
      if (!terms.has(use.id)) problems.push(`${at}begrip "${use.id}" staat niet in content/begrippen.yaml`);
      continue;
    }
    if (use.inline) {
      // Inside a paragraph MDX wraps it in <p>, which cannot hold a <div> or <figure> (hydration error #418).
      problems.push(`${at}zet <${use.name} id="${use.id}" /> op een eigen regel, met een lege regel erboven en eronder`);
    }
    if (use.name === 'Diagram') {
      if (!diagrams.includes(use.id)) problems.push(`${at}diagram "${use.id}" bestaat niet; kies uit ${diagrams.join(', ')}`);
      continue;
    }
    if (!bank.has(use.id)) problems.push(`${at}oefening "${use.id}" bestaat niet in content/exercises`);
    else if (seen.has(use.id)) problems.push(`${at}oefening "${use.id}" staat twee keer in deze les`);
    seen.add(use.id);
  }
  return problems;
}
