// The words of the code field (components/home/code-form.tsx), shared with the server's answer on /opdracht.

/** A code that cannot be one: wrong length or characters. */
export const CODE_FORMAT_ERROR =
  'Dit is geen geldige code. Een code heeft zes tekens: cijfers van 2 tot en met 9 en letters (maar geen I, L of O).';
