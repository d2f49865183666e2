'use client';

import Link from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { randomId } from '@/components/progress/random-id';
import { formatDateTimeShort } from '@/lib/format/dates';
import { countOf } from '@/lib/format/plural';
import { MAP_LIMITS, type StudioMap } from '@/lib/studio/map';
import { downloadMap, FILE_SUFFIX, fileText, readMapFile, TOO_BIG } from './map-file';
import { newMapFrom } from '@/lib/studio/content';
import { useStudioMaps } from './studio-maps';
import { useAnnouncer } from '../exercises/use-announcer';
import type { StudioStart, StudioTemplate } from './types';
import styles from './studio.module.css';

export const editorHref = (id: string) => `/studio/kaart?id=${encodeURIComponent(id)}`;

/** The studio's start page: the student's maps in this browser, a new map, import a file. */
export function StudioHome({ templates, starts }: { templates: StudioTemplate[]; starts: StudioStart[] }) {
  const router = useRouter();
  const base = useId();
  const { status, maps, notice, dismissNotice, save } = useStudioMaps();
  const { announce, region } = useAnnouncer();
  // The template with all three parts first: the class assignment of the lessons.
  const [templateId, setTemplateId] = useState((templates.find((item) => item.parts === 'all') ?? templates[0])?.id ?? '');
  const [startId, setStartId] = useState(starts[0]?.id ?? '');
  const [removed, setRemoved] = useState<{ map: StudioMap; index: number } | null>(null);
  const [importMessage, setImportMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const full = maps.length >= MAP_LIMITS.maps;

  function create(event: FormEvent) {
    event.preventDefault();
    const template = templates.find((item) => item.id === templateId);
    const start = starts.find((item) => item.id === startId);
    if (!template || !start || full) return;
    const map = newMapFrom(template, start, { id: randomId(), now: new Date() });
    save([map, ...maps]);
    router.push(editorHref(map.id));
  }

  function remove(map: StudioMap, index: number) {
    save(maps.filter((item) => item.id !== map.id));
    setRemoved({ map, index });
    announce(`Kaart ${map.title} verwijderd.`);
    // The undo button appears in place of the list item's focus.
    requestAnimationFrame(() => undoRef.current?.focus());
  }

  function undo() {
    if (!removed) return;
    const next = [...maps];
    next.splice(removed.index, 0, removed.map);
    save(next);
    announce(`Kaart ${removed.map.title} staat er weer.`);
    setRemoved(null);
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (full) {
      setImportMessage({ ok: false, text: `Je hebt al ${countOf(maps.length, 'kaart', 'kaarten')}. Verwijder eerst een kaart.` });
      return;
    }
    let text: string;
    try {
      text = file.size > MAP_LIMITS.bytes ? '' : await fileText(file);
    } catch {
      setImportMessage({ ok: false, text: 'Dit bestand kan niet gelezen worden. Probeer het nog eens.' });
      return;
    }
    const read = file.size > MAP_LIMITS.bytes ? TOO_BIG : readMapFile(text);
    if (!read.ok) {
      setImportMessage({ ok: false, text: read.error });
      return;
    }
    // The same map imported twice (or a copy from a classmate with the same id) becomes a new map.
    const map = maps.some((item) => item.id === read.map.id) ? { ...read.map, id: randomId() } : read.map;
    save([map, ...maps]);
    setImportMessage({ ok: true, text: `Kaart ${map.title} geïmporteerd.` });
  }

  return (
    <div className={styles.home}>
      {region}
      {notice ? (
        <div className={styles.notice} role="status">
          <p>{notice}</p>
          {status !== 'absent' ? (
            <button type="button" className="button" onClick={dismissNotice}>
              Oké
            </button>
          ) : null}
        </div>
      ) : null}

      <section aria-labelledby={`${base}-new`} className={styles.panel}>
        <h2 id={`${base}-new`}>Nieuwe kaart</h2>
        <form onSubmit={create} className={styles.newForm}>
          <fieldset>
            <legend>Wat maak je?</legend>
            {templates.map((template) => (
              <label key={template.id} className={styles.choice}>
                <input
                  type="radio"
                  name={`${base}-template`}
                  value={template.id}
                  checked={templateId === template.id}
                  onChange={() => setTemplateId(template.id)}
                />
                <span>
                  <strong>{template.title}</strong>
                  <span className={styles.hint}> {template.description}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Waar begin je?</legend>
            {starts.map((start) => (
              <label key={start.id} className={styles.choice}>
                <input
                  type="radio"
                  name={`${base}-start`}
                  value={start.id}
                  checked={startId === start.id}
                  onChange={() => setStartId(start.id)}
                />
                <span>
                  <strong>{start.title}</strong>
                  <span className={styles.hint}> {start.description}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <button type="submit" className="button button-primary" disabled={status === 'loading' || full}>
            Maak kaart
          </button>
          {full ? (
            <p className={styles.hint}>Je hebt het maximum van {MAP_LIMITS.maps} kaarten. Verwijder eerst een kaart.</p>
          ) : null}
        </form>
      </section>

      <section aria-labelledby={`${base}-list`} className={styles.panel}>
        <h2 id={`${base}-list`}>Je kaarten</h2>
        {status === 'loading' ? (
          <p>Je kaarten worden geladen…</p>
        ) : (
          <>
            <p>
              {maps.length === 0
                ? 'Je hebt nog geen kaarten in deze browser.'
                : `Je hebt ${countOf(maps.length, 'kaart', 'kaarten')} in deze browser.`}
            </p>
            {removed ? (
              <p className={styles.undo}>
                Kaart {removed.map.title} is verwijderd.{' '}
                <button type="button" className="button" ref={undoRef} onClick={undo}>
                  Ongedaan maken
                </button>
              </p>
            ) : null}
            {maps.length > 0 ? (
              <ul className={styles.mapList}>
                {maps.map((map, index) => (
                  <li key={map.id}>
                    <Link href={editorHref(map.id)} className={styles.mapLink}>
                      {map.title || 'Kaart zonder titel'}
                    </Link>
                    <span className={styles.hint}>Bewerkt {formatDateTimeShort(new Date(map.updatedAt))}</span>
                    <span className={styles.mapActions}>
                      <button type="button" className={styles.tool} onClick={() => downloadMap(map)}>
                        Exporteer <span className="visually-hidden">{map.title}</span>
                      </button>
                      <button type="button" className={styles.tool} onClick={() => remove(map, index)}>
                        Verwijder <span className="visually-hidden">{map.title}</span>
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        )}
      </section>

      <section aria-labelledby={`${base}-import`} className={styles.panel}>
        <h2 id={`${base}-import`}>Kaart importeren</h2>
        <p>Heb je een kaart als bestand ({FILE_SUFFIX})? Zet hem terug in de studio.</p>
        <label htmlFor={`${base}-file`} className={styles.fileLabel}>
          Kies een bestand
        </label>
        <input
          id={`${base}-file`}
          type="file"
          accept=".json,application/json"
          onChange={importFile}
          disabled={status === 'loading'}
        />
        <div role="status" className={styles.importMessage}>
          {importMessage ? <p data-ok={importMessage.ok}>{importMessage.text}</p> : null}
        </div>
      </section>
    </div>
  );
}
