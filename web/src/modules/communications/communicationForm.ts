import type { Channel, Communication, CreateCommunicationRequest, Direction } from '@crm/contracts';
import { MAX_FUTURE_MS } from '@crm/contracts';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';

export interface CommunicationFormValues {
  occurredAt: Dayjs;
  channel: Channel;
  channelNote?: string | null;
  direction: Direction;
  description: string;
}

/** A fresh form: happening now, the most common channel and direction. */
export function newCommunicationValues(now: Dayjs = dayjs()): Partial<CommunicationFormValues> {
  return { occurredAt: now.second(0).millisecond(0), channel: 'phone', direction: 'outgoing' };
}

export function toCommunicationValues(
  communication: Communication,
): Partial<CommunicationFormValues> {
  return {
    occurredAt: dayjs(communication.occurredAt),
    channel: communication.channel,
    channelNote: communication.channelNote,
    direction: communication.direction,
    description: communication.description,
  };
}

/** The form's values as the API takes them; the time the user picked is sent as typed. */
export function toCommunicationRequest(
  values: CommunicationFormValues,
): Omit<CreateCommunicationRequest, 'contactId'> {
  const note = values.channelNote?.trim();
  return {
    occurredAt: values.occurredAt.toISOString(),
    channel: values.channel,
    channelNote: note ? note : null,
    direction: values.direction,
    description: values.description.trim(),
  };
}

/** The server refuses dates more than a day ahead (time zones, clock skew), and before 1990. */
export function isAllowedOccurredAt(value: Dayjs, now: number = Date.now()): boolean {
  return value.valueOf() <= now + MAX_FUTURE_MS && value.year() >= 1990;
}

/** Only the author or an admin may change or delete a communication. */
export function canChangeCommunication(
  communication: Pick<Communication, 'authorId'>,
  user: { id: string; role: string },
): boolean {
  return user.role === 'admin' || communication.authorId === user.id;
}
