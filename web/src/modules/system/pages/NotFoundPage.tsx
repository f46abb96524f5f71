import { StatusResult } from '../../../ui/StatusResult';

export function NotFoundPage() {
  return <StatusResult status={404} />;
}
