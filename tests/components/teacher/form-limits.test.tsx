// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { JoinForm } from '@/components/assignment/join-form';
import { AccountForm } from '@/components/teacher/account-form';
import { AssignmentForm } from '@/components/teacher/assignment-form';
import { ATTEMPTS, FIELD_MAX, PASSWORD_MIN } from '@/lib/assignments/limits';

const action = async () => ({ error: null });

describe('the forms tell the browser the limits the server enforces', () => {
  test('sign-up asks for a password of at least PASSWORD_MIN characters, and says so', () => {
    render(<AccountForm action={action} signUp />);
    const password = screen.getByLabelText('Wachtwoord');
    expect(password).toHaveAttribute('minLength', String(PASSWORD_MIN));
    expect(password).toHaveAttribute('maxLength', String(FIELD_MAX.password));
    expect(password).toHaveAccessibleDescription(new RegExp(`^Minstens ${PASSWORD_MIN} tekens\\.`));
  });

  test('logging in sets no minimum length (old passwords still work)', () => {
    render(<AccountForm action={action} />);
    expect(screen.getByLabelText('Wachtwoord')).not.toHaveAttribute('minLength');
  });

  test('the assignment form allows ATTEMPTS.min to ATTEMPTS.max attempts', () => {
    render(<AssignmentForm action={action} pools={{ toetsbank: [], oefenbank: [] }} />);
    const attempts = screen.getByLabelText('Aantal pogingen per leerling');
    expect(attempts).toHaveAttribute('min', String(ATTEMPTS.min));
    expect(attempts).toHaveAttribute('max', String(ATTEMPTS.max));
    expect(screen.getByLabelText('Titel')).toHaveAttribute('maxLength', String(FIELD_MAX.title));
  });

  test('the join form stops a name at FIELD_MAX.displayName', () => {
    render(<JoinForm code="ABC234" />);
    expect(screen.getByLabelText('Je naam')).toHaveAttribute('maxLength', String(FIELD_MAX.displayName));
  });
});
