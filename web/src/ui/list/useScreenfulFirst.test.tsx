import { act, render } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { FIRST_ROWS, useScreenfulFirst } from './useScreenfulFirst';

/** Records how many rows each commit put on screen. */
function Probe({ rows, commits }: { rows?: number[]; commits: (number | undefined)[] }) {
  const shown = useScreenfulFirst(rows);
  useLayoutEffect(() => {
    commits.push(shown?.length);
  });
  return null;
}

const page = (from: number, size: number) => Array.from({ length: size }, (_, i) => from + i);

describe('useScreenfulFirst', () => {
  it('commits a first page a screenful first, then whole; later pages whole at once', async () => {
    const commits: (number | undefined)[] = [];
    const { rerender } = render(<Probe commits={commits} />);
    await act(async () => {
      rerender(<Probe rows={page(0, 25)} commits={commits} />);
    });
    expect(commits).toEqual([undefined, FIRST_ROWS, 25]);

    commits.length = 0;
    await act(async () => {
      rerender(<Probe rows={page(25, 25)} commits={commits} />);
    });
    expect(commits).toEqual([25]);
  });

  it('commits a short first page whole, and the pages after it too', async () => {
    const commits: (number | undefined)[] = [];
    const { rerender } = render(<Probe rows={page(0, 4)} commits={commits} />);
    await act(async () => {
      rerender(<Probe rows={page(0, 4)} commits={commits} />);
    });
    commits.length = 0;
    await act(async () => {
      rerender(<Probe rows={page(0, 25)} commits={commits} />);
    });
    expect(commits).toEqual([25]);
  });
});
