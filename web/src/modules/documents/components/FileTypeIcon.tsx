import {
  FileExcelOutlined,
  FileImageOutlined,
  FileMarkdownOutlined,
  FileOutlined,
  FilePdfOutlined,
  FilePptOutlined,
  FileTextOutlined,
  FileWordOutlined,
  FileZipOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

export type FileKind =
  'pdf' | 'word' | 'sheet' | 'slides' | 'image' | 'archive' | 'markdown' | 'text' | 'other';

const byExtension: Record<string, FileKind> = {
  pdf: 'pdf',
  doc: 'word',
  docx: 'word',
  odt: 'word',
  rtf: 'word',
  xls: 'sheet',
  xlsx: 'sheet',
  ods: 'sheet',
  csv: 'sheet',
  ppt: 'slides',
  pptx: 'slides',
  odp: 'slides',
  key: 'slides',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  webp: 'image',
  svg: 'image',
  zip: 'archive',
  rar: 'archive',
  '7z': 'archive',
  gz: 'archive',
  tar: 'archive',
  md: 'markdown',
  txt: 'text',
  json: 'text',
  xml: 'text',
  log: 'text',
};

/** What kind of file this is, by extension first, then by content type. */
export function fileKind(fileName: string, contentType = ''): FileKind {
  const extension = fileName.includes('.') ? fileName.split('.').pop()?.toLowerCase() : undefined;
  const known = extension ? byExtension[extension] : undefined;
  if (known) return known;
  if (contentType === 'application/pdf') return 'pdf';
  if (contentType.startsWith('image/')) return 'image';
  if (contentType.startsWith('text/')) return 'text';
  return 'other';
}

const looks: Record<FileKind, { icon: ReactNode; color: string }> = {
  pdf: { icon: <FilePdfOutlined />, color: '#e5484d' },
  word: { icon: <FileWordOutlined />, color: '#2f6fdf' },
  sheet: { icon: <FileExcelOutlined />, color: '#1f9d55' },
  slides: { icon: <FilePptOutlined />, color: '#e8772e' },
  image: { icon: <FileImageOutlined />, color: '#8e4ec6' },
  archive: { icon: <FileZipOutlined />, color: '#a0762d' },
  markdown: { icon: <FileMarkdownOutlined />, color: '#4b5563' },
  text: { icon: <FileTextOutlined />, color: '#4b5563' },
  other: { icon: <FileOutlined />, color: '#6b7280' },
};

export interface FileTypeIconProps {
  fileName: string;
  contentType?: string;
  /** Pixels; the icon sits on a tinted square this big. */
  size?: number;
}

/** A file's type at a glance: a coloured icon on a tinted square. */
export function FileTypeIcon({ fileName, contentType, size = 32 }: FileTypeIconProps) {
  const look = looks[fileKind(fileName, contentType)];
  return (
    <span
      aria-hidden
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        flexShrink: 0,
        width: size,
        height: size,
        borderRadius: Math.round(size / 4),
        background: `${look.color}14`,
        color: look.color,
        fontSize: Math.round(size * 0.55),
      }}
    >
      {look.icon}
    </span>
  );
}
