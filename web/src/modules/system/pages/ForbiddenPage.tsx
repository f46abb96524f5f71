import { StatusResult } from '../../../ui/StatusResult';

export function ForbiddenPage() {
  return <StatusResult status={403} />;
}
