import { startTransition, useEffect, useMemo, useState } from 'react';

/** How many rows a list's first commit holds: about a screen of them. */
export const FIRST_ROWS = 10;

/**
 * A list's first page arrives into an empty table: its rows are committed in two steps — about a
 * screenful, then the whole page in a transition — so inserting and laying out a page of cells
 * is not one long task while the page loads. Every later page replaces rows on screen and is
 * committed whole (slicing it would make the table shrink and grow under the user's eyes).
 */
export function useScreenfulFirst<T>(rows: readonly T[] | undefined): readonly T[] | undefined {
  const [arrived, setArrived] = useState(false);
  const slice = !arrived && rows !== undefined && rows.length > FIRST_ROWS;
  useEffect(() => {
    if (!arrived && rows !== undefined) startTransition(() => setArrived(true));
  }, [arrived, rows]);
  return useMemo(() => (slice ? rows.slice(0, FIRST_ROWS) : rows), [slice, rows]);
}
