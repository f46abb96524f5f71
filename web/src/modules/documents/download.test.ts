import { downloadDocument, safeFileName, saveBlob } from './download';

describe('safeFileName', () => {
  it('keeps ordinary names, Unicode included', () => {
    expect(safeFileName('Кошторис 2026.xlsx')).toBe('Кошторис 2026.xlsx');
  });

  it('removes path separators and control characters', () => {
    expect(safeFileName('../../etc/passwd')).toBe('.._.._etc_passwd');
    expect(safeFileName('a\\b\u0000c.txt')).toBe('a_b_c.txt');
  });

  it('never answers an empty name', () => {
    expect(safeFileName('  ')).toBe('download');
    expect(safeFileName('..')).toBe('download');
  });
});

describe('saveBlob', () => {
  const createObjectURL = vi.fn((_blob: Blob) => 'blob:http://localhost/1234');
  const revokeObjectURL = vi.fn((_url: string) => undefined);
  beforeEach(() => {
    vi.useFakeTimers();
    createObjectURL.mockClear();
    revokeObjectURL.mockClear();
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = revokeObjectURL;
  });
  afterEach(() => vi.useRealTimers());

  it('clicks a temporary download link with the record’s file name, then cleans up', () => {
    const clicks: { href: string; download: string; attached: boolean }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push({
        href: this.href,
        download: this.download,
        attached: document.body.contains(this),
      });
    });
    const blob = new Blob(['bytes'], { type: 'application/pdf' });
    saveBlob(blob, 'Contract v2.pdf');

    expect(createObjectURL).toHaveBeenCalledWith(blob);
    expect(click).toHaveBeenCalledTimes(1);
    expect(clicks).toEqual([
      { href: 'blob:http://localhost/1234', download: 'Contract v2.pdf', attached: true },
    ]);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
    expect(revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30_000);
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:http://localhost/1234');
  });
});

describe('downloadDocument', () => {
  it('fetches the download URL and saves the bytes under the file name', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    const request = vi.fn(async () => new Blob(['x']));
    await downloadDocument(
      { downloadUrl: '/api/v1/documents/d1/file', fileName: 'spec.docx' },
      request,
    );
    expect(request).toHaveBeenCalledWith('/api/v1/documents/d1/file');
    expect(names).toEqual(['spec.docx']);
  });

  it('passes a failed request on to the caller', async () => {
    const request = vi.fn(async () => {
      throw new Error('404');
    });
    await expect(
      downloadDocument({ downloadUrl: '/api/v1/documents/x/file', fileName: 'a' }, request),
    ).rejects.toThrow('404');
  });
});
