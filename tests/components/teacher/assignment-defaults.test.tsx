// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { AssignmentForm } from '@/components/teacher/assignment-form';

const pools = { toetsbank: [], oefenbank: [] };

describe('a new assignment gives feedback by default', () => {
  test('answers are shown directly after handing in unless the teacher picks otherwise', () => {
    render(<AssignmentForm action={async () => ({ error: null })} pools={pools} />);
    expect((screen.getByRole('radio', { name: 'Direct na het inleveren' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Pas als de opdracht sluit' }) as HTMLInputElement).checked).toBe(false);
  });

  test('the closing time says it is needed when answers wait for it', () => {
    render(<AssignmentForm action={async () => ({ error: null })} pools={pools} />);
    expect(screen.getByText(/Nodig bij “Pas als de opdracht sluit”/)).toBeTruthy();
  });
});
