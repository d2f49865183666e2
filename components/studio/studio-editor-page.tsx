'use client';

import Link from '@/components/ui/link';
import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { StudioMap } from '@/lib/studio/map';
import { touch } from '@/lib/studio/ops';
import { mapToPng } from './export-png';
import { MapEditor } from './map-editor';
import { mapFileName } from '@/lib/studio/file-name';
import { download, downloadMap } from './map-file';
import { MapView } from './map-view';
import { useStudioMaps } from './studio-maps';
import type { StudioTemplate } from './types';
import styles from './studio.module.css';

/** How long after the last change the map is saved. */
const SAVE_DELAY = 600;

/** The editor page: one map of this browser (`?id=`), saved as the student works. */
export function StudioEditorPage({ templates }: { templates: StudioTemplate[] }) {
  const id = useSearchParams().get('id') ?? '';
  const { status, maps, notice, save } = useStudioMaps();
  const [edited, setEdited] = useState<StudioMap | null>(null);
  const [saved, setSaved] = useState<'idle' | 'saved' | 'failed'>('idle');
  const [exportMessage, setExportMessage] = useState('');
  const [busy, setBusy] = useState<'png' | 'pdf' | null>(null);
  const pending = useRef<StudioMap | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latestMaps = useRef(maps);
  useLayoutEffect(() => {
    latestMaps.current = maps;
  });

  const stored = maps.find((map) => map.id === id) ?? null;
  const map = edited?.id === id ? edited : stored;
  const template = templates.find((item) => item.id === map?.template) ?? templates[0];

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    const current = latestMaps.current;
    const index = current.findIndex((item) => item.id === next.id);
    const list = index < 0 ? [next, ...current] : current.map((item) => (item.id === next.id ? next : item));
    setSaved(save(list) ? 'saved' : 'failed');
  }, [save]);

  // Leaving the page (another link, closing the tab) saves what is waiting.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  function change(next: StudioMap) {
    const touched = touch(next, new Date());
    setEdited(touched);
    pending.current = touched;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY);
  }

  async function exportPng() {
    if (!map) return;
    setBusy('png');
    setExportMessage('');
    try {
      download(await mapToPng(map), mapFileName(map, '.png'));
      setExportMessage('De PNG is gedownload.');
    } catch {
      setExportMessage('De PNG kon niet worden gemaakt. Probeer het nog eens of exporteer als PDF.');
    } finally {
      setBusy(null);
    }
  }

  async function exportPdf() {
    if (!map) return;
    setBusy('pdf');
    setExportMessage('');
    try {
      const response = await fetch('/api/studio/pdf', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(map),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        setExportMessage(body?.error ?? 'De PDF kon niet worden gemaakt. Probeer het later nog eens.');
        return;
      }
      download(await response.blob(), mapFileName(map, '.pdf'));
      setExportMessage('De PDF is gedownload.');
    } catch {
      setExportMessage('De PDF kon niet worden gemaakt: er is geen verbinding. Probeer het later nog eens.');
    } finally {
      setBusy(null);
    }
  }

  if (status === 'loading') {
    return (
      <>
        <h1>Kaart</h1>
        <p>Je kaart wordt geladen…</p>
      </>
    );
  }
  if (!map || !template) {
    return (
      <>
        <h1>Kaart niet gevonden</h1>
        <p>Deze kaart staat niet in deze browser. Misschien maakte je hem op een andere computer, of is hij verwijderd.</p>
        <p>
          <Link href="/studio">Naar je kaarten</Link>
        </p>
      </>
    );
  }

  return (
    <div className={styles.editorPage}>
      <p className={styles.back}>
        <Link href="/studio">← Alle kaarten</Link>
      </p>
      <h1>{map.title || 'Kaart zonder titel'}</h1>
      {notice && saved !== 'saved' ? (
        <div className={styles.notice} role="alert">
          <p>{notice}</p>
        </div>
      ) : null}
      <p className={styles.saveStatus} role="status" aria-live="polite">
        {saved === 'saved' ? 'Opgeslagen' : ''}
      </p>
      <div className={styles.toolbar} role="group" aria-label="Exporteren">
        <button type="button" className="button" onClick={() => downloadMap(map)}>
          Exporteer als bestand
        </button>
        <button type="button" className="button" onClick={exportPng} disabled={busy !== null}>
          {busy === 'png' ? 'PNG maken…' : 'Download PNG'}
        </button>
        <button type="button" className="button" onClick={exportPdf} disabled={busy !== null}>
          {busy === 'pdf' ? 'PDF maken…' : 'Download PDF'}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          Afdrukken
        </button>
      </div>
      <p role="status" className={styles.exportMessage}>
        {exportMessage}
      </p>
      <MapEditor map={map} onChange={change} checklist={template.checklist} hints={template.hints} />
      <section aria-labelledby="studio-preview" className={styles.preview}>
        <h2 id="studio-preview">Je kaart als plaat</h2>
        <MapView map={map} level={3} />
      </section>
    </div>
  );
}
