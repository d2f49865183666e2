import { bothBanks } from '@/lib/content/toetsbank.server';
import { route } from '@/lib/server/route.server';
import { currentTeacher } from '@/lib/server/teacher.server';
import { answerBankExport } from './answer.server';

// A route handler is not guarded by the (ingelogd) layout: answerBankExport checks the teacher itself.
export const dynamic = 'force-dynamic';

/** The question bank as QTI 2.1 or Moodle XML, for a logged-in teacher (see answer.server.ts). */
export const GET = route('GET /docent/lms/vragenbank', (request: Request) =>
  answerBankExport(request, {
    teacher: async () => (await currentTeacher()) !== null,
    content: async () => {
      const { course, testBank } = await bothBanks();
      return { lessons: course.lessons, banks: { toetsbank: testBank.values(), oefenbank: course.bank.values() } };
    },
    now: () => new Date(),
  }),
);
