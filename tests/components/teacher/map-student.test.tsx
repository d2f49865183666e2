// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { MapStudent } from '@/components/teacher/map-student';
import { settings, studioMap } from '../../support/studio-map';

const handIn = (id: number, day: number, grade: Partial<{ levels: Record<string, number>; feedback: string }> | null) => ({
  id,
  map: studioMap({ notes: id + 1, title: `Kaart ${id}` }),
  members: ['Sanne'],
  handedInAt: new Date(`2026-11-${day}T09:00:00Z`),
  levels: grade?.levels ?? null,
  points: grade ? 6 : null,
  maxPoints: grade ? 7 : null,
  feedback: grade?.feedback ?? null,
  gradedAt: grade ? new Date(`2026-11-${day}T12:00:00Z`) : null,
});

describe("a student's page of a map assignment, for the teacher", () => {
  test('the latest hand-in first, drawn, with its grade per criterion and the feedback; earlier hand-ins below', () => {
    render(
      <MapStudent
        resultsHref="/docent/opdrachten/4#kaart-9"
        settings={settings()}
        handIns={[
          handIn(1, 20, null),
          handIn(2, 22, { levels: { touchpoints: 2, loyaliteit: 1 }, feedback: 'Sterke persona.\nMeer touchpoints.' }),
        ]}
        draftSavedAt={new Date('2026-11-23T10:00:00Z')}
      />,
    );
    expect(screen.getByText(/2 keer ingeleverd/)).toBeTruthy();
    const latest = screen.getByRole('region', { name: /Laatste inlevering/ });
    expect(within(latest).getAllByText(/Kaart 2/).length).toBeGreaterThan(0);
    expect(
      within(latest)
        .getByText(/Touchpoints per fase/)
        .closest('li')!.textContent,
    ).toMatch(/Goed \(4 punten\)/);
    expect(within(latest).getByText(/6 van 7 punten|6 \/ 7|6,0/)).toBeTruthy();
    expect(within(latest).getByText(/Sterke persona/)).toBeTruthy();
    const earlier = screen.getByRole('region', { name: /Eerdere inleveringen/ });
    expect(within(earlier).getByText(/Nog niet beoordeeld/)).toBeTruthy();
    expect(screen.getByText(/Laatst opgeslagen/)).toBeTruthy();
  });

  test('nothing handed in yet: says so, and when the student last worked on the map', () => {
    render(<MapStudent resultsHref="/docent/opdrachten/4" settings={settings()} handIns={[]} draftSavedAt={null} />);
    expect(screen.getByText(/heeft nog niets ingeleverd/)).toBeTruthy();
    expect(screen.getByText(/nog niet aan de kaart gewerkt/)).toBeTruthy();
  });

  test('an ungraded latest hand-in links to the grading form', () => {
    render(
      <MapStudent
        resultsHref="/docent/opdrachten/4#kaart-9"
        settings={settings()}
        handIns={[handIn(1, 20, null)]}
        draftSavedAt={null}
      />,
    );
    expect(screen.getByRole('link', { name: /Beoordeel/ }).getAttribute('href')).toBe('/docent/opdrachten/4#kaart-9');
    expect(screen.getByText(/^Eén keer ingeleverd\./)).toBeTruthy();
  });
});
