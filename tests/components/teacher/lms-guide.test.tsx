// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import type { Exercise } from '@/lib/scoring';

// The page reads the teacher and the banks on the server; here both are stand-ins.
const requireTeacher = vi.fn(async () => ({ id: 1, name: 'Jansen', email: 'jansen@school.nl' }));
vi.mock('@/lib/server/teacher.server', () => ({ requireTeacher }));
const exercise = { id: 'tb-a', type: 'true-false', topic: 'personas' } as Exercise;
vi.mock('@/lib/content/toetsbank.server', () => ({
  bothBanks: async () => ({
    course: {
      lessons: [{ slug: 'personas', title: "Persona's", order: 4 }],
      bank: new Map([['oef', { ...exercise, id: 'oef' }]]),
    },
    testBank: new Map([['tb-a', exercise]]),
  }),
}));

describe('/docent/lms, the teacher’s guide', () => {
  test('a logged-in teacher gets the guide per LMS, the answer-key statement, the SCORM section and the export form', async () => {
    const { default: LmsGuidePage } = await import('@/app/docent/(ingelogd)/lms/page');
    render(await LmsGuidePage());
    expect(requireTeacher).toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 1, name: 'Klantreis in je leeromgeving' })).toBeInTheDocument();
    for (const lms of ['itslearning', 'Brightspace', 'Canvas', 'Moodle', 'Blackboard']) {
      expect(screen.getByRole('region', { name: `Stap voor stap in ${lms}` })).toBeInTheDocument();
    }
    // The section another helper's SCORM downloads go into.
    expect(screen.getByRole('region', { name: 'SCORM-pakketten' })).toBeInTheDocument();
    const moodle = screen.getByRole('region', { name: 'Stap voor stap in Moodle' });
    expect(moodle.textContent).toMatch(/Vereiste status en vink zowel Geslaagd als Voltooid aan/);
    expect(screen.getByRole('region', { name: 'Stap voor stap in Brightspace' }).textContent).toMatch(/cijferitem/);
    const keys = screen.getByRole('region', { name: 'De antwoorden zitten in het pakket' });
    expect(keys.textContent).toMatch(/de goede antwoorden in het pakket, net als bij elke SCORM-quiz/);
    expect(within(keys).getByRole('link', { name: 'opdracht in Klantreis' })).toHaveAttribute('href', '/docent/opdrachten/nieuw');
    const form = screen.getByRole('region', { name: 'Vragenbank downloaden' });
    expect(within(form).getByText('(1 vraag in de toetsbank, 1 oefening in de oefenbank)')).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Wat een LMS anders nakijkt' }).querySelectorAll('li').length,
    ).toBeGreaterThanOrEqual(6);
  });
});
