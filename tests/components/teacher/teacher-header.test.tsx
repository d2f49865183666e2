// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { Breadcrumb } from '@/components/teacher/breadcrumb';
import { TeacherBar } from '@/components/teacher/teacher-bar';

describe('the header of the teacher pages', () => {
  test('the breadcrumb starts at the list of assignments and links every step up', () => {
    render(<Breadcrumb trail={[{ href: '/docent/opdrachten/7', label: 'Toets B2B' }]} />);
    const nav = screen.getByRole('navigation', { name: 'Kruimelpad' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Je opdrachten', '/docent'],
      ['Toets B2B', '/docent/opdrachten/7'],
    ]);
    expect(nav).toHaveTextContent('Je opdrachten › Toets B2B');
  });

  test('on its own the breadcrumb is one link back to the list', () => {
    render(<Breadcrumb />);
    expect(screen.getByRole('link')).toHaveAttribute('href', '/docent');
  });

  test('the bar names the teacher and offers both ways to log out', () => {
    const action = async () => {};
    render(
      <TeacherBar teacher={{ name: 'Mw. De Vries', email: 'devries@school.nl' }} logOut={action} logOutEverywhere={action} />,
    );
    expect(screen.getByText(/Ingelogd als/)).toHaveTextContent('Ingelogd als Mw. De Vries (devries@school.nl)');
    expect(screen.getByRole('button', { name: 'Log uit' })).toHaveAttribute('type', 'submit');
    expect(screen.getByRole('button', { name: 'Log uit op alle apparaten' })).toHaveAttribute('type', 'submit');
  });

  test('a teacher who came in from an LMS is not shown their stand-in address', () => {
    const action = async () => {};
    render(
      <TeacherBar
        teacher={{ name: 'Mevrouw Jansen', email: 'lms-1-8b53639f@lms.klantreis.invalid' }}
        logOut={action}
        logOutEverywhere={action}
      />,
    );
    expect(screen.getByText(/Ingelogd als/)).toHaveTextContent('Ingelogd als Mevrouw Jansen (via je LMS)');
  });
});
