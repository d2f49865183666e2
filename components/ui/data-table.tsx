import type { Key, ReactNode } from 'react';

/** One column: its header, what each row shows in it, and optionally a class for the cell. */
export type Column<Row> = {
  header: string;
  cell: (row: Row, index: number) => ReactNode;
  className?: (row: Row) => string | undefined;
};

type Props<Row> = {
  /** Names the table for a screen reader (a hidden caption) and its scrolling region. */
  caption: string;
  /** The first column heads each row (`<th scope="row">`); the others are data cells. */
  columns: readonly [Column<Row>, ...Column<Row>[]];
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  /** Extra class on the table, next to `compare-table`. */
  className?: string;
};

/**
 * A table of rows, as every teacher page shows them: a hidden caption, column and row headers,
 * and on a narrow screen a region of its own that scrolls sideways (focusable, so the keyboard
 * scrolls it too) instead of the page.
 */
export function DataTable<Row>({ caption, columns, rows, rowKey, className }: Props<Row>) {
  const [head, ...rest] = columns;
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className={className ? `compare-table ${className}` : 'compare-table'}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row)}>
              <th scope="row" className={head.className?.(row)}>
                {head.cell(row, index)}
              </th>
              {rest.map((column) => (
                <td key={column.header} className={column.className?.(row)}>
                  {column.cell(row, index)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
