import { http } from '../../api/client';

/**
 * A name safe to offer as a download: no path separators or control characters, never empty.
 * The name comes from the record (what was uploaded), so no Content-Disposition parsing is needed.
 */
export function safeFileName(name: string, fallback = 'download'): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\u0000-\u001f\u007f/\\]+/g, '_').trim();
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : fallback;
}

/**
 * Hands a blob to the browser as a file download: an object URL on a temporary
 * `<a download>`, clicked and removed; the URL is released once the browser has taken it.
 */
export function saveBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = safeFileName(fileName);
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoking at once can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}

export interface Downloadable {
  downloadUrl: string;
  fileName: string;
}

/**
 * Downloads a document's file. The API wants the bearer token, which a plain link cannot send,
 * so the bytes come through the shared HTTP client (token renewal included).
 */
export async function downloadDocument(
  document: Downloadable,
  request: (url: string) => Promise<Blob> = (url) =>
    http.request<Blob>(url, { responseType: 'blob' }),
): Promise<void> {
  const blob = await request(document.downloadUrl);
  saveBlob(blob, document.fileName);
}
