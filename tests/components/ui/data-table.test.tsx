// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { DataTable } from '@/components/ui/data-table';

type Student = { id: number; name: string; points: number | null };
const students: Student[] = [
  { id: 1, name: 'Anna', points: 3 },
  { id: 2, name: 'Tim', points: null },
];

function renderTable(className?: string) {
  return render(
    <DataTable
      caption="Resultaten per leerling"
      className={className}
      rows={students}
      rowKey={(student) => student.id}
      columns={[
        { header: 'Leerling', cell: (student) => student.name },
        {
          header: 'Score',
          cell: (student) => student.points ?? '–',
          className: (student) => (student.points === null ? 'muted' : undefined),
        },
        { header: 'Nummer', cell: (_student, index) => index + 1 },
      ]}
    />,
  );
}

describe('DataTable', () => {
  test('a captioned table in a focusable scrolling region of the same name', () => {
    renderTable('results-table');
    const region = screen.getByRole('region', { name: 'Resultaten per leerling' });
    expect(region).toHaveAttribute('tabIndex', '0');
    expect(region).toHaveClass('table-scroll');
    const table = within(region).getByRole('table', { name: 'Resultaten per leerling' });
    expect(table).toHaveClass('compare-table', 'results-table');
    expect(table.querySelector('caption')).toHaveClass('visually-hidden');
  });

  test('column headers have scope="col"; the first cell of a row is its header with scope="row"', () => {
    renderTable();
    expect(screen.getAllByRole('columnheader').map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
      ['Leerling', 'col'],
      ['Score', 'col'],
      ['Nummer', 'col'],
    ]);
    const rowHeaders = screen.getAllByRole('rowheader');
    expect(rowHeaders.map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
      ['Anna', 'row'],
      ['Tim', 'row'],
    ]);
  });

  test('each row shows its cells in column order, with the index and a per-row class', () => {
    renderTable();
    const [, anna, tim] = screen.getAllByRole('row');
    expect(
      within(anna!)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['3', '1']);
    expect(
      within(tim!)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['–', '2']);
    expect(within(tim!).getAllByRole('cell')[0]).toHaveClass('muted');
    expect(within(anna!).getAllByRole('cell')[0]).not.toHaveAttribute('class');
  });

  test('without an extra class the table is a plain compare-table', () => {
    renderTable();
    expect(screen.getByRole('table')).toHaveAttribute('class', 'compare-table');
  });
});
