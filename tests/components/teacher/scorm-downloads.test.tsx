// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { AssignmentScorm } from '@/components/teacher/assignment-scorm';
import { ScormDownloads } from '@/components/teacher/scorm-downloads';
import { parseAssignmentScormQuery, parseCourseScormQuery } from '@/lib/lms/scorm-query';

const lessons = [
  { slug: 'wat-is-een-customer-journey', title: 'Wat is een customer journey?' },
  { slug: 'personas', title: "Persona's" },
];

/** What the browser sends for a GET form: its action and its fields as a query. */
function submitted(form: HTMLFormElement) {
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form)) query.append(name, String(value));
  return { action: new URL(form.action).pathname, method: form.method, query };
}

describe('the SCORM download forms', () => {
  test('a lesson: choose it and a version; the route accepts exactly what the form sends', async () => {
    const user = userEvent.setup();
    render(<ScormDownloads lessons={lessons} />);
    const form = screen.getByRole('form', { name: 'Een les' }) as HTMLFormElement;
    await user.selectOptions(within(form).getByLabelText('Les'), "Persona's");
    await user.click(within(form).getByRole('radio', { name: /SCORM 2004/ }));
    const sent = submitted(form);
    expect(sent).toMatchObject({ action: '/docent/lms/scorm', method: 'get' });
    expect(
      parseCourseScormQuery(
        sent.query,
        lessons.map((lesson) => lesson.slug),
      ),
    ).toEqual({
      ok: true,
      kind: 'les',
      slug: 'personas',
      version: '2004',
    });
    expect(within(form).getByRole('button', { name: 'Download de les' })).toHaveAttribute('type', 'submit');
  });

  test('the Eindtoets: SCORM 1.2 and 55 % unless the teacher sets another pass mark (1–100)', async () => {
    const user = userEvent.setup();
    render(<ScormDownloads lessons={lessons} />);
    const form = screen.getByRole('form', { name: 'De Eindtoets' }) as HTMLFormElement;
    const mark = within(form).getByRole('spinbutton', { name: 'Cesuur (procent)' });
    expect(mark).toHaveAccessibleDescription(/55%, een 5,5/);
    expect(mark).toHaveAttribute('min', '1');
    expect(mark).toHaveAttribute('max', '100');
    expect(parseCourseScormQuery(submitted(form).query, [])).toEqual({
      ok: true,
      kind: 'eindtoets',
      version: '1.2',
      mastery: 0.55,
    });
    await user.clear(mark);
    await user.type(mark, '70');
    expect(parseCourseScormQuery(submitted(form).query, [])).toMatchObject({ mastery: 0.7 });
  });

  test('every control has a unique id and a label; the two forms do not share radio groups', () => {
    const { container } = render(<ScormDownloads lessons={lessons} />);
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const radio of screen.getAllByRole('radio')) expect(radio).toHaveAccessibleName();
    const groups = screen.getAllByRole('group', { name: 'SCORM-versie' });
    expect(groups).toHaveLength(2);
    for (const group of groups)
      expect(
        within(group)
          .getAllByRole('radio')
          .filter((radio) => (radio as HTMLInputElement).checked),
      ).toHaveLength(1);
  });

  test('an assignment: its own route, a warning that the answers are inside, version and pass mark', async () => {
    const user = userEvent.setup();
    render(<AssignmentScorm assignmentId={42} />);
    expect(screen.getByRole('heading', { name: 'Als SCORM-pakket' })).toBeInTheDocument();
    expect(screen.getByText(/de antwoorden zitten in het pakket/)).toBeInTheDocument();
    const form = screen.getByRole('button', { name: 'Download als SCORM-pakket' }).closest('form')!;
    await user.click(screen.getByRole('radio', { name: /SCORM 2004/ }));
    const sent = submitted(form);
    expect(sent).toMatchObject({ action: '/docent/opdrachten/42/scorm', method: 'get' });
    expect(parseAssignmentScormQuery(sent.query)).toEqual({ ok: true, kind: 'opdracht', version: '2004', mastery: 0.55 });
  });
});
