import { diagramPrint } from '@/components/diagrams/diagram-print';
import { getCourse } from '@/lib/content/course.server';
import { coursePdf } from '@/lib/server/course-pdf.server';

// The course handout, made once during `next build` (a static route): the same file for everyone,
// no work per request. It holds the lessons and their summary cards, never the toetsbank.
export const dynamic = 'force-static';

export async function GET() {
  const course = await getCourse();
  const { pdf } = await coursePdf({ lessons: course.lessons, glossary: course.glossary, diagramOf: diagramPrint });
  return new Response(pdf as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': 'inline; filename="klantreis-cursus.pdf"',
    },
  });
}
