import type { Client } from '@crm/contracts';
import { PhotoAvatar } from '../../../ui/PhotoAvatar';

export interface ClientAvatarProps {
  client: Pick<Client, 'name' | 'type' | 'photoUrl'>;
  size?: number;
}

/** A company's logo (square) or a person's photo (round), else initials. */
export function ClientAvatar({ client, size = 36 }: ClientAvatarProps) {
  return (
    <PhotoAvatar
      name={client.name}
      photoUrl={client.photoUrl}
      size={size}
      shape={client.type === 'company' ? 'square' : 'circle'}
    />
  );
}
