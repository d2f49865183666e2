// The player inside a SCORM package: reads the package's data from index.html, finds the LMS's API,
// and runs the lesson or the quiz with the site's own exercise components. No Next runtime.
import '@/app/globals.css';
import './player.css';
import { createRoot } from 'react-dom/client';
import { DATA_ELEMENT_ID } from '@/lib/lms/index-html';
import type { PackageData } from '@/lib/lms/package';
import { findApi, lmsOf, Session, type ApiWindow } from '@/lib/lms/runtime';
import { App } from './app';
import type { Flush } from './quiz';

/** Scrolls to where the student was (cmi location: "vraag-3", "oefening-2"). */
function goTo(location: string, data: PackageData) {
  const match = /^(vraag|oefening)-(\d+)$/.exec(location);
  if (!match) return;
  const index = Number(match[2]) - 1;
  // A lesson's exercise by its id: the text may hold the slots in another order than the items.
  const id = data.items[index]?.exercise.id;
  const target =
    match[1] === 'vraag'
      ? document.querySelectorAll('.kr-questions > li')[index]
      : [...document.querySelectorAll<HTMLElement>('[data-oefening]')].find((slot) => slot.dataset.oefening === id);
  target?.scrollIntoView({ block: 'start' });
}

function start() {
  const script = document.getElementById(DATA_ELEMENT_ID);
  const root = document.getElementById('klantreis');
  if (!script || !root) return;
  const data = JSON.parse(script.textContent ?? '') as PackageData;
  const api = findApi(window as unknown as ApiWindow, data.version);
  const session = new Session(api ? lmsOf(data.version, api) : null, {
    kind: data.kind,
    items: data.items.map((item) => item.exercise),
    version: data.version,
    masteryScore: data.masteryScore,
    now: () => Date.now(),
  });
  const status = root.querySelector<HTMLElement>('[data-status]') ?? root;
  const end = root.querySelector<HTMLElement>('[data-afronden]') ?? root;
  let body = root.querySelector<HTMLElement>('[data-les]');
  if (!body) {
    body = document.createElement('div');
    root.querySelector('[data-laden]')?.replaceWith(body);
    if (!body.isConnected) end.before(body);
  }
  // Leaving the page: what is still waiting (a quiz's typing) is saved, then the session ends. Every
  // answer before it was already committed, so nothing depends on this running.
  let flush: Flush = () => {};
  window.addEventListener('pagehide', () => {
    flush();
    session.finish();
  });
  const onFlush = (next: Flush) => {
    flush = next;
  };
  createRoot(end).render(<App data={data} session={session} slots={{ status, body, end }} onFlush={onFlush} />);
  const location = session.location;
  if (location && session.state.answers.some((answer) => answer !== null))
    requestAnimationFrame(() => requestAnimationFrame(() => goTo(location, data)));
}

start();
