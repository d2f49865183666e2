// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { ContinueLink } from '@/components/progress/home-progress';
import { CourseMap } from '@/components/home/course-map';
import { ProgressProvider } from '@/components/progress/progress-provider';
import { STORAGE_KEY } from '@/components/progress/progress-store';

const NOW = '2026-11-23T12:00:00.000Z';
const lessons = [
  { slug: 'een', title: 'Wat is een customer journey?', order: 1, exerciseIds: ['e1', 'e2'] },
  { slug: 'twee', title: 'De fasen', order: 2, exerciseIds: ['t1'] },
  { slug: 'drie', title: 'Touchpoints', order: 3, exerciseIds: ['d1'] },
];
const right = { attempts: 1, best: 1, last: 1, lastAt: NOW };
const half = { attempts: 1, best: 0.5, last: 0.5, lastAt: NOW };

function save(progress: object) {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 2, lessons: {}, exercises: {}, ...progress }));
}

beforeEach(() => localStorage.clear());

describe('Verder waar je was', () => {
  test('after finishing the lesson opened last, it points to the next unfinished lesson', async () => {
    save({ lastLesson: 'een', lessons: { een: { visitedAt: NOW } }, exercises: { e1: right, e2: right } });
    render(
      <ProgressProvider>
        <ContinueLink lessons={lessons} />
      </ProgressProvider>,
    );
    const link = await screen.findByRole('link', { name: 'Verder met les 2' });
    expect(link).toHaveAttribute('href', '/lessen/twee');
  });

  test('a lesson still being worked on is where the student was', async () => {
    save({ lastLesson: 'twee', lessons: { twee: { visitedAt: NOW } }, exercises: { e1: right, e2: right, t1: half } });
    render(
      <ProgressProvider>
        <ContinueLink lessons={lessons} />
      </ProgressProvider>,
    );
    expect(await screen.findByRole('link', { name: 'Verder waar je was: les 2' })).toHaveAttribute('href', '/lessen/twee');
  });

  test('with every lesson finished it points to the Eindtoets', async () => {
    save({ lastLesson: 'drie', exercises: { e1: right, e2: right, t1: right, d1: right } });
    render(
      <ProgressProvider>
        <ContinueLink lessons={lessons} />
      </ProgressProvider>,
    );
    expect(await screen.findByRole('link', { name: /Eindtoets/ })).toHaveAttribute('href', '/eindtoets');
  });
});

describe('the course map', () => {
  test('shows every lesson as a station with its state in words, not colour alone', async () => {
    save({ lessons: { een: { visitedAt: NOW } }, exercises: { e1: right, e2: right, t1: half } });
    render(
      <ProgressProvider>
        <CourseMap lessons={lessons} />
      </ProgressProvider>,
    );
    const map = screen.getByRole('region', { name: 'Jouw klantreis' });
    const stations = within(map).getAllByRole('listitem');
    expect(stations).toHaveLength(3);
    await within(stations[0]!).findByText('Beheerst');
    expect(stations[0]).toHaveAttribute('data-state', 'beheerst');
    expect(within(stations[1]!).getByText('Bezig')).toBeInTheDocument();
    expect(stations[1]).toHaveAttribute('data-state', 'bezig');
    expect(within(stations[2]!).getByText('Niet gestart')).toBeInTheDocument();
    expect(stations[2]).toHaveAttribute('data-state', 'niet-gestart');
    expect(within(stations[0]!).getByRole('link', { name: /Les 1: Wat is een customer journey\?/ })).toHaveAttribute(
      'href',
      '/lessen/een',
    );
    // The drawing itself is decoration: the list is its text.
    expect(map.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });
});
