import dayjs from 'dayjs';
import {
  canChangeCommunication,
  isAllowedOccurredAt,
  newCommunicationValues,
  toCommunicationRequest,
} from './communicationForm';

describe('communication form', () => {
  it('sends the time the user picked, not "now"', () => {
    const picked = dayjs('2026-11-20T14:30:00.000Z');
    expect(
      toCommunicationRequest({
        occurredAt: picked,
        channel: 'phone',
        channelNote: '  +380 44 555 1234 ',
        direction: 'incoming',
        description: '  Discussed the kickoff. ',
      }),
    ).toEqual({
      occurredAt: '2026-11-20T14:30:00.000Z',
      channel: 'phone',
      channelNote: '+380 44 555 1234',
      direction: 'incoming',
      description: 'Discussed the kickoff.',
    });
  });

  it('clears an empty channel note', () => {
    const request = toCommunicationRequest({
      occurredAt: dayjs(),
      channel: 'email',
      channelNote: '   ',
      direction: 'outgoing',
      description: 'x',
    });
    expect(request.channelNote).toBeNull();
  });

  it('starts a new entry at the current minute', () => {
    const now = dayjs('2026-11-26T09:41:27.512Z');
    expect(newCommunicationValues(now).occurredAt?.toISOString()).toBe('2026-11-26T09:41:00.000Z');
  });

  it('accepts dates up to a day ahead and not before 1990', () => {
    const now = Date.parse('2026-11-26T12:00:00Z');
    expect(isAllowedOccurredAt(dayjs('2026-11-27T11:59:00Z'), now)).toBe(true);
    expect(isAllowedOccurredAt(dayjs('2026-11-27T12:01:00Z'), now)).toBe(false);
    expect(isAllowedOccurredAt(dayjs('1989-12-31T00:00:00'), now)).toBe(false);
  });

  it('lets only the author or an admin change an entry', () => {
    const entry = { authorId: 'u1' };
    expect(canChangeCommunication(entry, { id: 'u1', role: 'manager' })).toBe(true);
    expect(canChangeCommunication(entry, { id: 'u2', role: 'manager' })).toBe(false);
    expect(canChangeCommunication(entry, { id: 'u2', role: 'admin' })).toBe(true);
    expect(canChangeCommunication({ authorId: null }, { id: 'u2', role: 'manager' })).toBe(false);
  });
});
