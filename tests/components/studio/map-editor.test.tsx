// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test } from 'vitest';
import { MapEditor } from '@/components/studio/map-editor';
import type { StudioMap } from '@/lib/studio/map';
import { MapSchema } from '@/lib/studio/map';
import { smallMap } from './fixtures';
import type { TemplateHints } from '@/components/studio/types';
import { PERSONA_CHECK_FIELDS } from '@/lib/studio/checklist';

const HINTS: TemplateHints = {
  persona: {
    ...Object.fromEntries(PERSONA_CHECK_FIELDS.map((field) => [field, ''])),
    coreValues: 'Waar gelooft je persona in?',
  } as TemplateHints['persona'],
  empathy: { does: '', feels: '', wants: '', influencedBy: '', problems: '' },
};

/** The editor inside a page that keeps the map, as the studio page does; `latest` is the newest map. */
function renderEditor(start: StudioMap = smallMap()) {
  const latest = { map: start };
  let counter = 0;
  function Page() {
    const [map, setMap] = useState(start);
    return (
      <MapEditor
        map={map}
        onChange={(next) => {
          latest.map = next;
          setMap(next);
        }}
        checklist={[]}
        hints={HINTS}
        newId={() => `id-${++counter}`}
      />
    );
  }
  render(<Page />);
  return { user: userEvent.setup(), latest };
}

const phase = (name: RegExp) => screen.getByRole('region', { name });
const options = (summary: string) => screen.getByText(summary).closest('details')!;
const status = () => screen.getByRole('status');

describe('MapEditor by keyboard only', () => {
  test('adds a note, edits it, moves it to another phase and lane, and deletes it', async () => {
    const { user, latest } = renderEditor();
    const orientation = phase(/^Fase 1: Oriëntatie$/);
    const add = within(orientation).getByRole('button', { name: '+ Pain point in Oriëntatie' });
    add.focus();
    await user.keyboard('{Enter}');
    const input = within(orientation).getByRole('textbox', { name: 'Pain point 1 in Oriëntatie' });
    expect(input).toHaveFocus();
    expect(status()).toHaveTextContent('Pain point toegevoegd in Oriëntatie, Pain points.');
    await user.keyboard('Te veel keuze');
    expect(latest.map.journey.notes.find((note) => note.lane === 'pains')?.text).toBe('Te veel keuze');

    // Move by keyboard: open the options, choose the cell, press Verplaats.
    await user.tab(); // delete button
    await user.tab(); // options summary
    expect(document.activeElement?.textContent).toBe('OptiesOpties voor Pain point 1 in Oriëntatie');
    await user.keyboard('{Enter}');
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('Verplaats naar');
    await user.selectOptions(document.activeElement as HTMLSelectElement, 'p2|opportunities');
    await user.tab();
    await user.keyboard('{Enter}');
    const moved = latest.map.journey.notes.find((note) => note.text === 'Te veel keuze');
    expect(moved).toMatchObject({ phase: 'p2', lane: 'opportunities' });
    const keuze = phase(/^Fase 2: Keuze$/);
    const there = within(keuze).getByRole('textbox', { name: 'Kans 1 in Keuze' });
    expect(there).toHaveValue('Te veel keuze');
    expect(there).toHaveFocus();
    expect(status()).toHaveTextContent('Verplaatst naar Keuze, Kansen.');

    // Delete: focus goes to the add button of the now empty cell.
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('Verwijder Kans 1 in Keuze');
    await user.keyboard('{Enter}');
    expect(latest.map.journey.notes.some((note) => note.text === 'Te veel keuze')).toBe(false);
    expect(within(keuze).getByRole('button', { name: '+ Kans in Keuze' })).toHaveFocus();
    expect(status()).toHaveTextContent('Kans verwijderd uit Keuze, Kansen.');
    expect(MapSchema.safeParse(latest.map).success).toBe(true);
  });

  test('Enter in a note starts the next one; deleting focuses the next note', async () => {
    const { user, latest } = renderEditor();
    const first = screen.getByRole('textbox', { name: 'Klantactie 1 in Oriëntatie' });
    first.focus();
    await user.keyboard('{End} online{Enter}Vraagt een vriend');
    expect(screen.getByRole('textbox', { name: 'Klantactie 2 in Oriëntatie' })).toHaveFocus();
    expect(latest.map.journey.notes.map((note) => note.text)).toEqual(['Zoekt reviews online', 'Vraagt een vriend']);
    screen.getByRole('button', { name: 'Verwijder Klantactie 1 in Oriëntatie' }).focus();
    await user.keyboard('{Enter}');
    const next = screen.getByRole('textbox', { name: 'Klantactie 1 in Oriëntatie' });
    expect(next).toHaveValue('Vraagt een vriend');
    expect(next).toHaveFocus();
  });

  test('sets the emotion of a phase and a touchpoint’s channel, kind and moment of truth', async () => {
    const { user, latest } = renderEditor();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Emotie in Keuze' }), '-1');
    expect(latest.map.journey.phases[1]?.emotion).toBe(-1);
    screen.getByRole('button', { name: '+ Touchpoint in Aankoop' }).focus();
    await user.keyboard('{Enter}Webshop');
    await user.click(screen.getByText('Opties voor Touchpoint 1 in Aankoop'));
    await user.type(screen.getByRole('textbox', { name: 'Kanaal' }), 'website');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Online of offline' }), 'online');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Paid, owned of earned' }), 'owned');
    await user.click(screen.getByRole('checkbox', { name: 'Moment of truth' }));
    const note = latest.map.journey.notes.find((item) => item.lane === 'touchpoints')!;
    expect(note).toMatchObject({ text: 'Webshop', channel: 'website', place: 'online', media: 'owned' });
    expect(latest.map.journey.momentOfTruth).toBe(note.id);
    expect(MapSchema.safeParse(latest.map).success).toBe(true);
  });

  test('renames, adds, removes and reorders phases', async () => {
    const { user, latest } = renderEditor();
    const name = screen.getByRole('textbox', { name: 'Naam van fase 3' });
    await user.clear(name);
    await user.type(name, 'Kopen');
    expect(latest.map.journey.phases[2]?.name).toBe('Kopen');
    screen.getByRole('button', { name: '+ Fase toevoegen' }).focus();
    await user.keyboard('{Enter}');
    expect(latest.map.journey.phases).toHaveLength(4);
    expect(screen.getByRole('textbox', { name: 'Naam van fase 4' })).toHaveFocus();
    expect(status()).toHaveTextContent('Fase 4 toegevoegd.');

    const left = screen.getByRole('button', { name: 'Zet Kopen een plaats naar links' });
    left.focus();
    await user.keyboard('{Enter}');
    expect(latest.map.journey.phases.map((item) => item.name)).toEqual(['Oriëntatie', 'Kopen', 'Keuze', 'Fase 4']);
    expect(screen.getByRole('button', { name: 'Zet Kopen een plaats naar links' })).toHaveFocus();
    await user.keyboard('{Enter}');
    // Now first: its left button is disabled, so focus goes to its right button.
    expect(screen.getByRole('button', { name: 'Zet Kopen een plaats naar rechts' })).toHaveFocus();

    screen.getByRole('button', { name: 'Verwijder fase Oriëntatie' }).focus();
    await user.keyboard('{Enter}');
    expect(latest.map.journey.phases.map((item) => item.name)).toEqual(['Kopen', 'Keuze', 'Fase 4']);
    // The note of the removed phase is kept, in the phase before it.
    expect(latest.map.journey.notes).toEqual([expect.objectContaining({ id: 'n1', phase: 'p3' })]);
    expect(status()).toHaveTextContent('Fase Oriëntatie verwijderd. De notities staan nu bij Kopen.');
  });

  test('fills in the persona and the empathy map; moves an empathy note to another box', async () => {
    const { user, latest } = renderEditor();
    await user.type(screen.getByRole('textbox', { name: 'Naam' }), 'Sam');
    await user.type(screen.getByRole('textbox', { name: 'Leeftijd of rol' }), '19 jaar');
    const core = screen.getByRole('textbox', { name: '1. Core values' });
    expect(core).toHaveAccessibleDescription('Waar gelooft je persona in?');
    await user.type(core, 'Duurzaam');
    expect(latest.map.persona).toMatchObject({ name: 'Sam', ageOrRole: '19 jaar', sevenC: { coreValues: 'Duurzaam' } });

    screen.getByRole('button', { name: '+ Notitie bij Voelt' }).focus();
    await user.keyboard('{Enter}Bang voor diefstal');
    expect(latest.map.empathy.feels.map((note) => note.text)).toEqual(['Bang voor diefstal']);
    await user.click(screen.getByText('Opties voor Voelt, notitie 1'));
    const box = within(options('Opties voor Voelt, notitie 1'));
    await user.selectOptions(box.getByRole('combobox', { name: 'Verplaats naar vak' }), 'problems');
    await user.click(box.getByRole('button', { name: 'Verplaats' }));
    expect(latest.map.empathy.feels).toEqual([]);
    expect(latest.map.empathy.problems.map((note) => note.text)).toEqual(['Bang voor diefstal']);
    expect(screen.getByRole('textbox', { name: 'Problemen, notitie 1' })).toHaveFocus();
    screen.getByRole('button', { name: 'Verwijder Problemen, notitie 1' }).focus();
    await user.keyboard('{Enter}');
    expect(latest.map.empathy.problems).toEqual([]);
    expect(screen.getByRole('button', { name: '+ Notitie bij Problemen' })).toHaveFocus();
  });

  test('hides a lane', async () => {
    const { user, latest } = renderEditor();
    await user.click(screen.getByRole('checkbox', { name: 'Kansen' }));
    expect(latest.map.journey.hiddenLanes).toEqual(['opportunities']);
    expect(screen.queryByRole('button', { name: '+ Kans in Keuze' })).toBeNull();
  });
});
