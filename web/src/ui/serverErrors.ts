import type { ApiError, ApiErrorCode } from '../api/apiError';

export type NamePath = (string | number)[];

export interface FieldErrorTarget {
  name: NamePath;
  errors: string[];
}

export interface MappedServerErrors {
  /** Errors to show under form fields. */
  fields: FieldErrorTarget[];
  /** Field errors whose path is not a field of this form. */
  unmatched: { path: string; message: string }[];
}

/** `contactDetails.0.value` → `['contactDetails', 0, 'value']`, AntD's name path. */
export function toNamePath(path: string): NamePath {
  return path
    .split('.')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const key = (name: NamePath) => name.join('.');

export interface MapServerErrorsOptions {
  /** The form's fields, as name paths joined with dots. */
  knownFields: ReadonlySet<string>;
  /** Conflict codes that belong to one field, e.g. `USERNAME_TAKEN` → `username`. */
  codeFields?: Partial<Record<ApiErrorCode, string>>;
  /** The text for a field error (the server's message is English; callers translate). */
  fieldMessage: (message: string, path: string) => string;
  /** The text for a code mapped onto a field. */
  codeMessage: (code: ApiErrorCode) => string;
}

/** Splits an API error into per-field messages for a form and the rest. */
export function mapServerErrors(
  error: ApiError,
  options: MapServerErrorsOptions,
): MappedServerErrors {
  const byField = new Map<string, FieldErrorTarget>();
  const unmatched: MappedServerErrors['unmatched'] = [];
  const add = (name: NamePath, message: string) => {
    const target = byField.get(key(name)) ?? { name, errors: [] };
    if (!target.errors.includes(message)) target.errors.push(message);
    byField.set(key(name), target);
  };

  const codeField = options.codeFields?.[error.code];
  if (codeField && options.knownFields.has(codeField)) {
    add(toNamePath(codeField), options.codeMessage(error.code));
  }
  for (const fieldError of error.fieldErrors) {
    const name = toNamePath(fieldError.path);
    if (options.knownFields.has(key(name))) {
      add(name, options.fieldMessage(fieldError.message, fieldError.path));
    } else {
      unmatched.push(fieldError);
    }
  }
  return { fields: [...byField.values()], unmatched };
}
