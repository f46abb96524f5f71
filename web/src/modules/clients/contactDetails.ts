import type { ContactDetailKind, ContactDetailInput } from '@crm/contracts';
import { contactDetailSchema } from '@crm/contracts';
import { ApiError, isApiError } from '../../api/apiError';

/** A contact detail as the API returns it. */
export interface ContactDetailView {
  kind: ContactDetailKind;
  value: string;
  network: string | null;
  label: string | null;
}

/** One row of the contact details editor (a Form.List item); blank inputs may be undefined. */
export interface ContactDetailRow {
  kind: ContactDetailKind;
  value?: string | null;
  network?: string | null;
  label?: string | null;
}

/** The first detail of a kind: what lists show as "the" phone or e-mail of a record. */
export function mainDetail<T extends ContactDetailView>(
  details: readonly T[],
  kind: ContactDetailKind,
): T | undefined {
  return details.find((detail) => detail.kind === kind && detail.value.trim() !== '');
}

export const mainPhone = <T extends ContactDetailView>(details: readonly T[]) =>
  mainDetail(details, 'phone');
export const mainEmail = <T extends ContactDetailView>(details: readonly T[]) =>
  mainDetail(details, 'email');

export type DetailIssue = 'required' | 'email' | 'url' | 'phone' | 'networkRequired' | 'tooLong';

export interface DetailIssues {
  value?: DetailIssue;
  network?: DetailIssue;
  label?: DetailIssue;
}

/**
 * What is wrong with one row, checked with the contract's own schema (so the browser refuses
 * exactly what the server would) and named by kind for a helpful message.
 */
export function validateContactDetail(row: ContactDetailRow): DetailIssues {
  if (isBlankRow(row)) return {};
  const input: ContactDetailInput = {
    kind: row.kind,
    value: row.value ?? '',
    network: row.kind === 'social' ? (row.network ?? null) : null,
    label: row.label ?? null,
  };
  const result = contactDetailSchema.safeParse(input);
  if (result.success) return {};
  const issues: DetailIssues = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (field !== 'value' && field !== 'network' && field !== 'label') continue;
    if (issues[field]) continue;
    if (issue.code === 'too_big') issues[field] = 'tooLong';
    else if (field === 'network') issues.network = 'networkRequired';
    else if (field === 'label') issues.label = 'tooLong';
    else issues.value = valueIssue(row.kind, input.value);
  }
  return issues;
}

function valueIssue(kind: ContactDetailKind, value: string): DetailIssue {
  if (value.trim() === '') return 'required';
  switch (kind) {
    case 'email':
      return 'email';
    case 'website':
      return 'url';
    case 'phone':
    case 'fax':
      return 'phone';
    case 'social':
    case 'address':
    case 'postalAddress':
      return 'required';
  }
}

const blankToNull = (value: string | null | undefined) => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** A row nothing was typed into (e.g. the empty phone row a new form starts with). */
export function isBlankRow(row: ContactDetailRow): boolean {
  return (
    !row.value?.trim() && !row.label?.trim() && !(row.kind === 'social' && row.network?.trim())
  );
}

export interface ContactDetailsRequest {
  details: ContactDetailInput[];
  /** For each sent entry, the index of its row in the form. */
  formIndexes: number[];
}

/**
 * The editor's rows as the API takes them: blank rows are left out, the rest trimmed. Keeps
 * where each sent entry came from, so a server error can be put back on its row.
 */
export function toContactDetailsRequest(
  rows: readonly ContactDetailRow[] | undefined,
): ContactDetailsRequest {
  const details: ContactDetailInput[] = [];
  const formIndexes: number[] = [];
  (rows ?? []).forEach((row, index) => {
    if (isBlankRow(row)) return;
    formIndexes.push(index);
    details.push({
      kind: row.kind,
      value: row.value?.trim() ?? '',
      network: row.kind === 'social' ? blankToNull(row.network) : null,
      label: blankToNull(row.label),
    });
  });
  return { details, formIndexes };
}

/**
 * Rewrites the server's error paths from the sent list's indexes to the form's rows:
 * `contactDetails.1.value` becomes `contactDetails.3.value` when blank rows 1 and 2 were skipped.
 */
export function remapDetailErrors(
  error: unknown,
  formIndexes: readonly number[],
  listName = 'contactDetails',
): unknown {
  if (!isApiError(error) || error.fieldErrors.length === 0) return error;
  const pattern = new RegExp(`^${listName}\\.(\\d+)(\\..*)?$`);
  const fieldErrors = error.fieldErrors.map((fieldError) => {
    const match = pattern.exec(fieldError.path);
    const formIndex = match ? formIndexes[Number(match[1])] : undefined;
    if (!match || formIndex === undefined) return fieldError;
    return { ...fieldError, path: `${listName}.${formIndex}${match[2] ?? ''}` };
  });
  return new ApiError({
    status: error.status,
    code: error.code,
    detail: error.detail,
    fieldErrors,
    retryAfter: error.retryAfter,
    requestId: error.requestId,
    cause: error,
  });
}

/** The API's details as editor rows. */
export function toContactDetailRows(details: readonly ContactDetailView[]): ContactDetailRow[] {
  return details.map((detail) => ({
    kind: detail.kind,
    value: detail.value,
    network: detail.network,
    label: detail.label,
  }));
}

const HTTP_URL = /^https?:\/\/[^\s]+$/i;
/** `linkedin.com/in/olena`, `www.example.com`: a host with a dot, no spaces, no scheme. */
const BARE_URL = /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(\/\S*)?$/i;
const HANDLE = /^@?([A-Za-z0-9_.]{2,64})$/;

const profileUrls: Record<string, (handle: string) => string> = {
  telegram: (h) => `https://t.me/${h}`,
  instagram: (h) => `https://instagram.com/${h}`,
  x: (h) => `https://x.com/${h}`,
  twitter: (h) => `https://x.com/${h}`,
  facebook: (h) => `https://facebook.com/${h}`,
  github: (h) => `https://github.com/${h}`,
};

/** Phone digits for `tel:`, keeping a leading `+`. */
export function telNumber(value: string): string {
  const digits = value.replace(/[^0-9+]/g, '');
  return digits.startsWith('+')
    ? `+${digits.slice(1).replace(/\+/g, '')}`
    : digits.replace(/\+/g, '');
}

/** A web link to a social profile, when one can be told from the network and the value. */
export function socialHref(network: string | null, value: string): string | undefined {
  const text = value.trim();
  if (HTTP_URL.test(text)) return text;
  const name = network?.trim().toLowerCase() ?? '';
  // A bare handle of a network with profile addresses: `@olena` on Telegram is t.me/olena.
  const handle = text.includes('/') ? undefined : HANDLE.exec(text)?.[1];
  const profile = profileUrls[name];
  if (handle && profile && (text.startsWith('@') || !BARE_URL.test(text))) return profile(handle);
  if (BARE_URL.test(text)) return `https://${text}`;
  if (name === 'whatsapp' && /^\+?[0-9 ()-]{5,}$/.test(text)) {
    return `https://wa.me/${telNumber(text).replace('+', '')}`;
  }
  return undefined;
}

/**
 * Where a detail links to: `mailto:`, `tel:` or an http(s) address — never any other scheme,
 * since the values are typed by people and shown to others.
 */
export function contactDetailHref(detail: ContactDetailView): string | undefined {
  const value = detail.value.trim();
  switch (detail.kind) {
    case 'email':
      return `mailto:${value}`;
    case 'phone':
      return telNumber(value) ? `tel:${telNumber(value)}` : undefined;
    case 'website':
      return HTTP_URL.test(value) ? value : BARE_URL.test(value) ? `https://${value}` : undefined;
    case 'social':
      return socialHref(detail.network, value);
    case 'fax':
    case 'address':
    case 'postalAddress':
      return undefined;
  }
}
