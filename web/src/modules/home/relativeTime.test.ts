import { relativeTime } from './relativeTime';

describe('relativeTime', () => {
  const now = Date.parse('2026-11-26T12:00:00Z');
  it('picks the largest fitting unit', () => {
    expect(relativeTime('2026-11-26T11:55:00Z', 'en', now)).toBe('5 minutes ago');
    expect(relativeTime('2026-11-26T09:00:00Z', 'en', now)).toBe('3 hours ago');
    expect(relativeTime('2026-11-25T12:00:00Z', 'en', now)).toBe('yesterday');
    expect(relativeTime('2026-11-26T11:55:00Z', 'uk', now)).toBe('5 хвилин тому');
  });
  it('tolerates bad input', () => {
    expect(relativeTime('never', 'en', now)).toBe('');
  });
});
