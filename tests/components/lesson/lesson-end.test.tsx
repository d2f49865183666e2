// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { PracticeExercise } from '@/components/exercises/practice-exercise';
import { LessonEnd } from '@/components/lesson/lesson-end';
import { ProgressProvider } from '@/components/progress/progress-provider';
import { STORAGE_KEY } from '@/components/progress/progress-store';
import { makeTrueFalse } from '../../lib/scoring/factories';

const LESSON = { slug: 'wat-is-een-customer-journey', order: 1, title: 'Wat is een customer journey?' };
const NEXT = { slug: 'de-fasen-van-de-klantreis', order: 2, title: 'De fasen van de klantreis' };
const GOALS = [
  { text: 'Je legt uit wat een klantreis is.', exerciseIds: ['tf'] },
  { text: 'Je noemt de fasen.', exerciseIds: ['tf2'] },
];

function card() {
  return <LessonEnd lesson={LESSON} exerciseIds={['tf', 'tf2']} goals={GOALS} next={NEXT} />;
}

describe('the end of a lesson', () => {
  test('on the server: a neutral text, the read toggle, the next lesson, and one mark after a title that ends in "?"', () => {
    document.body.innerHTML = renderToString(card());
    const section = screen.getByRole('region', { name: 'Einde van de les' });
    expect(section).toHaveTextContent('Je bent aan het einde van les 1: Wat is een customer journey?');
    expect(section.textContent).not.toContain('?.');
    expect(within(section).getByText(/Maak de oefeningen in deze les/)).toBeInTheDocument();
    expect(within(section).getByLabelText('Ik heb deze les gelezen')).toBeDisabled();
    expect(within(section).getByRole('link', { name: 'Volgende les: De fasen van de klantreis' })).toHaveAttribute(
      'href',
      '/lessen/de-fasen-van-de-klantreis',
    );
    document.body.innerHTML = '';
  });

  test('the last lesson leads back to the overview', () => {
    render(<LessonEnd lesson={LESSON} exerciseIds={[]} goals={[]} />);
    expect(screen.getByRole('link', { name: 'Terug naar het overzicht' })).toHaveAttribute('href', '/');
  });

  test('updates live as exercises are checked: score, goals, what to review, and "gelezen" is saved', async () => {
    localStorage.clear();
    const wrong = makeTrueFalse();
    const user = userEvent.setup();
    render(
      <ProgressProvider>
        <PracticeExercise exercise={wrong} prompt="Vraag" explanation="Uitleg" statement={wrong.statement} />
        {card()}
      </ProgressProvider>,
    );
    const section = screen.getByRole('region', { name: 'Einde van de les' });
    const score = await within(section).findByText(/0 van 2 oefeningen gedaan/);
    expect(score).toHaveTextContent('Niet gestart · 0 van 2 oefeningen gedaan');
    // Nothing tried: both exercises are still to do; the link leads to the first.
    expect(within(section).getByText(/Nog niet gedaan: 2 oefeningen/)).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Ga naar oefening 1' })).toHaveAttribute('href', '#oefening-tf');

    // A wrong answer ("Waar" where the statement is false).
    await user.click(screen.getByRole('radio', { name: 'Waar' }));
    await user.click(screen.getByRole('button', { name: 'Controleer' }));
    expect(await within(section).findByText(/1 van 2 oefeningen gedaan/)).toHaveTextContent(
      'Bezig · 1 van 2 oefeningen gedaan · score 0%',
    );
    const goal = within(section).getByText('Je legt uit wat een klantreis is.', { exact: false }).closest('li')!;
    expect(goal).toHaveTextContent('Bezig');
    expect(goal).toHaveTextContent('(1 van 1 oefening gedaan)');
    expect(within(section).getByText('Nog niet goed:')).toBeInTheDocument();
    expect(within(section).getByText(/Nog niet gedaan: 1 oefening\./)).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Ga naar oefening 2' })).toHaveAttribute('href', '#oefening-tf2');
    expect(within(section).getByRole('link', { name: 'Oefening 1' })).toHaveAttribute('href', '#oefening-tf');
    expect(within(section).getByRole('link', { name: 'Oefen mijn fouten' })).toHaveAttribute(
      'href',
      '/oefenen?modus=fouten&les=wat-is-een-customer-journey',
    );

    const read = within(section).getByLabelText('Ik heb deze les gelezen');
    expect(read).toBeEnabled();
    await user.click(read);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).lessons['wat-is-een-customer-journey'].readAt).toBeDefined();
  });

  test('everything right now but not mastered (clicked through): no praise for a score that is not there', async () => {
    localStorage.clear();
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 3,
        lessons: {},
        exercises: Object.fromEntries(
          ['tf', 'tf2'].map((id) => [
            id,
            {
              attempts: 2,
              best: 1,
              last: 1,
              lastAt: '2026-11-24T10:00:00.000Z',
              counted: 0,
              countedAt: '2026-11-24T09:59:00.000Z',
            },
          ]),
        ),
      }),
    );
    render(<ProgressProvider>{card()}</ProgressProvider>);
    expect(await screen.findByText(/Alles staat nu goed. Je score telt je eerste poging/)).toBeInTheDocument();
    expect(screen.queryByText(/Knap!/)).not.toBeInTheDocument();
  });
});
