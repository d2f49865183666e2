'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { FormState } from '@/components/teacher/form-state';
import { firstError, formFields } from '@/lib/assignments/input';
import { getDb } from '@/lib/db/client.server';
import { deletePlatform, newRegistrationToken, registerPlatform } from '@/lib/db/lti.server';
import { rotateKeys } from '@/lib/lti/keys.server';
import { PlatformFormSchema } from '@/lib/lti/registration';
import { isAdmin } from '@/lib/server/admin.server';
import { formAction } from '@/lib/server/route.server';
import { currentTeacher } from '@/lib/server/teacher.server';

// The admin's actions on /docent/beheer. Each checks again that the caller is the admin.

const NOT_ADMIN = 'Alleen de beheerder van Klantreis kan LMS-koppelingen beheren.';

async function admin(): Promise<boolean> {
  const teacher = await currentTeacher();
  return teacher !== null && (await isAdmin(teacher));
}

async function registerForm(_previous: FormState, form: FormData): Promise<FormState> {
  const fields = formFields(form);
  if (!(await admin())) return { error: NOT_ADMIN, values: fields };
  const parsed = PlatformFormSchema.safeParse(fields);
  if (!parsed.success) return { error: firstError(parsed.error), values: fields };
  const registered = await registerPlatform(await getDb(), parsed.data);
  if (!registered.ok)
    return {
      error: 'Dit LMS (deze issuer met deze client-id) is al aangemeld. Verwijder het eerst als je het opnieuw wilt aanmelden.',
      values: fields,
    };
  revalidatePath('/docent/beheer');
  return { error: null };
}

export const registerPlatformAction = formAction('register LTI platform', registerForm, (_previous, form) => ({
  values: formFields(form),
}));

const Id = z.coerce.number().int().positive();

export async function deletePlatformAction(form: FormData): Promise<void> {
  const id = Id.safeParse(form.get('id'));
  if (!id.success || !(await admin())) return;
  await deletePlatform(await getDb(), id.data);
  revalidatePath('/docent/beheer');
}

export async function rotateKeysAction(): Promise<void> {
  if (!(await admin())) return;
  await rotateKeys(await getDb());
  revalidatePath('/docent/beheer');
}

/** A new key, and every older one withdrawn at once (a key may have leaked). */
export async function revokeKeysAction(): Promise<void> {
  if (!(await admin())) return;
  await rotateKeys(await getDb(), new Date(), 1);
  revalidatePath('/docent/beheer');
}

/** Makes a one-time Dynamic Registration address (valid for a day) and shows it on the page. */
export async function registrationUrlAction(): Promise<void> {
  if (!(await admin())) return;
  const token = await newRegistrationToken(await getDb(), new Date());
  redirect(`/docent/beheer?registratie=${token}#dynamisch`);
}
