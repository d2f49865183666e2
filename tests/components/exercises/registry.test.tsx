// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { ExerciseView, type ExerciseViewData } from '@/components/exercises/exercise-view';
import { EXERCISE_COMPONENTS } from '@/components/exercises/registry';
import { EXERCISE_TYPES, solve, toPublic, type Exercise } from '@/lib/scoring';
import { FACTORIES } from '../../lib/scoring/factories';

// The component registry lists the same types as lib/scoring's registry, and ExerciseView shows every
// one of them from its public view (docs/adding-an-exercise-type.md).

test('every registered type has a component, and every component a registered type', () => {
  expect(Object.keys(EXERCISE_COMPONENTS).sort()).toEqual([...EXERCISE_TYPES].sort());
});

describe.each(EXERCISE_TYPES)('%s', (type) => {
  test('ExerciseView shows it from its public view, with its prompt and its rendered parts', () => {
    const exercise: Exercise = FACTORIES[type]();
    const view = { type, public: toPublic(exercise), solution: solve(exercise) } as ExerciseViewData;
    const { container } = render(
      <ExerciseView
        view={view}
        prompt={`Vraag over ${type}`}
        statement={<span>De stelling</span>}
        modelAnswer={<p>Het modelantwoord</p>}
      />,
    );
    expect(screen.getByText(`Vraag over ${type}`)).toBeInTheDocument();
    // Something to answer with: a choice, a field, or a card to place.
    expect(container.querySelectorAll('input, textarea, button, [role="listitem"], li').length).toBeGreaterThan(0);
    if (type === 'true-false') expect(screen.getByText('De stelling')).toBeInTheDocument();
  });
});
