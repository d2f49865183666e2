// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { FormError } from '@/components/ui/form-error';

describe('FormError', () => {
  test('a message is an alert with the form-error style and an optional id', () => {
    render(<FormError id="code-error">Dit is geen geldige code.</FormError>);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Dit is geen geldige code.');
    expect(alert).toHaveClass('form-error');
    expect(alert).toHaveAttribute('id', 'code-error');
  });

  test.each([null, undefined, ''])('no message (%j), no alert', (message) => {
    const { container } = render(<FormError>{message}</FormError>);
    expect(container).toBeEmptyDOMElement();
  });
});
