import { formatFileSize } from './fileSize';

const nbsp = '\u00a0';

describe('formatFileSize', () => {
  it('shows bytes, kilobytes, megabytes and gigabytes in English', () => {
    expect(formatFileSize(0, 'en')).toBe(`0${nbsp}B`);
    expect(formatFileSize(840, 'en')).toBe(`840${nbsp}B`);
    expect(formatFileSize(1024, 'en')).toBe(`1${nbsp}KB`);
    expect(formatFileSize(1536, 'en')).toBe(`1.5${nbsp}KB`);
    expect(formatFileSize(15 * 1024 * 1024 + 300_000, 'en')).toBe(`15${nbsp}MB`);
    expect(formatFileSize(3.25 * 1024 ** 3, 'en')).toBe(`3.3${nbsp}GB`);
  });

  it('uses the Ukrainian decimal comma and unit symbols', () => {
    expect(formatFileSize(1536 * 1024, 'uk')).toBe(`1,5${nbsp}МБ`);
    expect(formatFileSize(512, 'uk')).toBe(`512${nbsp}Б`);
  });

  it('never shows 1024 of a unit', () => {
    expect(formatFileSize(1024 * 1024 - 1, 'en')).toBe(`1${nbsp}MB`);
  });

  it('treats nonsense as zero', () => {
    expect(formatFileSize(Number.NaN, 'en')).toBe(`0${nbsp}B`);
    expect(formatFileSize(-5, 'en')).toBe(`0${nbsp}B`);
  });
});
