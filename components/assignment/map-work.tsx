'use client';

import { useEffect, useRef, useState } from 'react';
import { MapEditor } from '@/components/studio/map-editor';
import type { Checklist, TemplateHints } from '@/components/studio/types';
import { FormError } from '@/components/ui/form-error';
import formStyles from '@/components/ui/form.module.css';
import { FIELD_MAX } from '@/lib/assignments/limits';
import { MAP_ASSIGNMENT } from '@/lib/assignments/map-limits';
import type { StudioMap } from '@/lib/studio/map';
import { showServerState } from './reload';
import { sendJson } from './send-json';
import { uuid } from './uuid';
import styles from './map-work.module.css';

type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; error: string };

/** Where a map that could not be saved waits in this browser, per assignment. */
const backupKey = (code: string) => `klantreis-kaart-${code}`;
const DEBOUNCE_MS = 800;

/** A local copy newer than the server's (saved while the server could not be reached), or null. */
function localBackup(code: string, server: StudioMap): StudioMap | null {
  try {
    const kept = JSON.parse(localStorage.getItem(backupKey(code)) ?? 'null') as StudioMap | null;
    return kept && kept.updatedAt > server.updatedAt ? kept : null;
  } catch {
    return null;
  }
}

/**
 * A student's map in a map assignment: the studio editor, saved to the server shortly after every
 * change (with a save status), and the hand-in (with group members' names when allowed). A failed
 * save says why in Dutch and keeps the map here and in this browser's storage, to try again.
 */
export function MapWork({
  code,
  initial,
  checklist,
  hints,
  groups,
  handedIn,
}: {
  code: string;
  initial: StudioMap;
  checklist: Checklist;
  hints: TemplateHints;
  groups: boolean;
  /** Whether the student handed in before (the button then says "opnieuw"). */
  handedIn: boolean;
}) {
  const [map, setMap] = useState(initial);
  const [save, setSave] = useState<SaveState>({ kind: 'saved' });
  const [members, setMembers] = useState('');
  const [handIn, setHandIn] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(map);
  const submissionId = useRef<string | null>(null);

  useEffect(() => {
    const kept = localBackup(code, initial);
    if (kept) {
      // Only the browser knows its storage: restored after hydration, once.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setMap(kept);
      latest.current = kept;
      schedule();
    }
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, []);

  async function saveNow(): Promise<boolean> {
    timer.current = null;
    const sending = latest.current;
    setSave({ kind: 'saving' });
    const sent = await sendJson(`/api/opdracht/${code}/kaart`, 'PUT', { map: sending });
    if (!sent.ok) {
      try {
        localStorage.setItem(backupKey(code), JSON.stringify(latest.current));
      } catch {
        // A full or blocked storage: the map is still on the page.
      }
      setSave({ kind: 'failed', error: sent.error });
      return false;
    }
    if (latest.current === sending) {
      localStorage.removeItem(backupKey(code));
      setSave({ kind: 'saved' });
    }
    return true;
  }

  function schedule() {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), DEBOUNCE_MS);
  }

  function change(next: StudioMap) {
    const stamped = { ...next, updatedAt: new Date().toISOString() };
    latest.current = stamped;
    setMap(stamped);
    setSave({ kind: 'saving' });
    schedule();
  }

  async function handInNow() {
    setHandIn({ busy: true, error: null });
    if (timer.current) clearTimeout(timer.current);
    submissionId.current ??= uuid();
    const names = members
      .split(/[,\n]/)
      .map((name) => name.trim())
      .filter(Boolean);
    const sent = await sendJson(`/api/opdracht/${code}/kaart/inleveren`, 'POST', {
      submissionId: submissionId.current,
      map: latest.current,
      ...(groups ? { members: names } : {}),
    });
    if (!sent.ok) {
      // The same id on a retry: a hand-in that did arrive is not stored twice.
      if (sent.status !== 0 && sent.status < 500) submissionId.current = null;
      setHandIn({ busy: false, error: sent.error });
      return;
    }
    localStorage.removeItem(backupKey(code));
    showServerState();
  }

  const saveText = {
    saved: 'Je kaart is opgeslagen.',
    saving: 'Je kaart wordt opgeslagen…',
    failed:
      save.kind === 'failed'
        ? `${save.error} Je kaart staat nog in deze browser; we proberen het opnieuw bij je volgende wijziging.`
        : '',
  }[save.kind];

  return (
    <>
      <p className={styles.saveStatus} data-save={save.kind} role="status">
        {saveText}
      </p>
      {save.kind === 'failed' ? (
        <button type="button" className="button" onClick={() => void saveNow()}>
          Probeer opnieuw op te slaan
        </button>
      ) : null}
      <div className={styles.editor}>
        <MapEditor map={map} onChange={change} checklist={checklist} hints={hints} />
      </div>
      <section className={styles.handIn} aria-labelledby="inleveren">
        <h2 id="inleveren">{handedIn ? 'Opnieuw inleveren' : 'Inleveren'}</h2>
        <p>
          {handedIn
            ? 'Je docent beoordeelt je laatste inlevering. Lever je opnieuw in, dan telt die nieuwe versie.'
            : 'Klaar? Lever je kaart in. Je docent ziet dan precies deze versie. Zolang de opdracht open is, mag je daarna verder werken en opnieuw inleveren.'}
        </p>
        {groups ? (
          <div className={formStyles.formField}>
            <label htmlFor="members">Groepsleden (mag leeg)</label>
            <p className={formStyles.formHint} id="members-hint">
              Maakten jullie de kaart samen? Zet de namen van je groepsleden hier, gescheiden door komma’s. Je eigen naam staat er
              al bij. Hoogstens {MAP_ASSIGNMENT.groupMembers - 1} namen.
            </p>
            <input
              id="members"
              value={members}
              maxLength={(FIELD_MAX.displayName + 2) * (MAP_ASSIGNMENT.groupMembers - 1)}
              aria-describedby="members-hint"
              onChange={(event) => setMembers(event.target.value)}
            />
          </div>
        ) : null}
        <FormError>{handIn.error}</FormError>
        <button type="button" className="button button-primary" disabled={handIn.busy} onClick={() => void handInNow()}>
          {handIn.busy ? 'Bezig…' : handedIn ? 'Lever opnieuw in' : 'Lever je kaart in'}
        </button>
      </section>
    </>
  );
}
