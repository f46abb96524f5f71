import type { Contact } from '@crm/contracts';
import { PhotoAvatar } from '../../../ui/PhotoAvatar';
import { contactName } from './contactName';

export interface ContactAvatarProps {
  contact: Pick<Contact, 'firstName' | 'lastName' | 'photoUrl'>;
  size?: number;
}

export function ContactAvatar({ contact, size = 36 }: ContactAvatarProps) {
  return <PhotoAvatar name={contactName(contact)} photoUrl={contact.photoUrl} size={size} />;
}
