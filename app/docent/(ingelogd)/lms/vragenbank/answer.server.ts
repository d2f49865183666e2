import 'server-only';
import { z } from 'zod';
import { EXPORT_BANKS, EXPORT_FORMATS, exportFileName, exportSections, type ExportBank } from '@/lib/lms/bank-export';
import { moodleXml } from '@/lib/lms/moodle-xml';
import { qtiPackage } from '@/lib/lms/qti';
import { zip } from '@/lib/lms/zip';
import { EXERCISE_TYPES, type Exercise } from '@/lib/scoring';
import { LEVELS } from '@/lib/scoring/schema';

// GET /docent/lms/vragenbank?bank=…&lessons=…&levels=…&types=…&format=qti|moodle: the question bank
// as a QTI 2.1 zip or a Moodle XML file, for a logged-in teacher only (the toetsbank holds the keys
// of graded tests). The query comes from the plain GET form on /docent/lms
// (components/teacher/bank-export-form.tsx); anything else is a 400 in Dutch.

export type BankExportDeps = {
  /** Whether a teacher is logged in (the session cookie). */
  teacher: () => Promise<boolean>;
  /** The lessons and both banks. */
  content: () => Promise<{
    lessons: readonly { slug: string; title: string; order: number }[];
    banks: Record<ExportBank, Iterable<Exercise>>;
  }>;
  now: () => Date;
};

/** The most values one list in the query may have (more than there are lessons, levels or types). */
const LIST_MAX = 20;

const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIST_MAX);
const QuerySchema = z.strictObject({
  bank: z.array(z.enum(EXPORT_BANKS)).max(1).default(['toetsbank']),
  format: z.array(z.enum(EXPORT_FORMATS)).length(1),
  lessons: list(z.string().max(100)).default([]),
  levels: list(z.enum(LEVELS)).default([]),
  types: list(z.enum(EXERCISE_TYPES as [Exercise['type'], ...Exercise['type'][]])).default([]),
});

/** What the teacher reads when the query is not one the form makes. */
const text = (status: number, message: string) =>
  new Response(message, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' },
  });

export async function answerBankExport(request: Request, deps: BankExportDeps): Promise<Response> {
  // Nothing about the banks for anyone else: back to the login page.
  if (!(await deps.teacher()))
    return new Response(null, { status: 303, headers: { location: '/docent', 'cache-control': 'no-store' } });

  const params = new URL(request.url).searchParams;
  const query: Record<string, string[]> = {};
  for (const [key, value] of params) (query[key] ??= []).push(value);
  const parsed = QuerySchema.safeParse(query);
  if (!parsed.success) {
    return text(
      400,
      'Deze keuze kan Klantreis niet maken. Ga terug naar de pagina "Klantreis in je leeromgeving" en kies opnieuw.',
    );
  }
  const { bank, format, lessons, levels, types } = parsed.data;
  const content = await deps.content();
  const known = new Set(content.lessons.map((lesson) => lesson.slug));
  if (lessons.some((slug) => !known.has(slug))) {
    return text(400, 'Een van de gekozen lessen bestaat niet (meer). Ga terug en kies opnieuw.');
  }
  const chosenBank = bank[0]!;
  const sections = exportSections(content.banks[chosenBank], content.lessons, { lessons, levels, types });
  if (sections.length === 0) {
    return text(400, 'Er zijn geen vragen die bij je keuze passen. Ga terug en kies meer lessen, niveaus of soorten vragen.');
  }
  const title = `Klantreis ${chosenBank}`;
  const headers = (type: string) => ({
    'content-type': type,
    'content-disposition': `attachment; filename="${exportFileName(format[0]!)}"`,
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  });
  if (format[0] === 'moodle')
    return new Response(moodleXml(title, sections), { headers: headers('application/xml; charset=utf-8') });
  const bytes = await zip(qtiPackage(title, sections), deps.now());
  return new Response(bytes as BodyInit, { headers: headers('application/zip') });
}
