/** What a teacher form shows after a failed submit: the message, and the fields to fill in again. */
export type FormState = { error: string | null; values?: Record<string, unknown> };
export type FormAction = (previous: FormState, form: FormData) => Promise<FormState>;

/** A field's previous value as text, to fill the form again after an error. */
export const previous = (state: FormState, name: string, fallback = ''): string => {
  const value = state.values?.[name];
  return typeof value === 'string' ? value : fallback;
};
