import { ApiError } from '../api/apiError';
import { mapServerErrors, toNamePath } from './serverErrors';

const options = {
  knownFields: new Set(['username', 'email', 'contactDetails.0.value']),
  codeFields: { USERNAME_TAKEN: 'username', EMAIL_TAKEN: 'email' } as const,
  fieldMessage: (message: string) => `field: ${message}`,
  codeMessage: (code: string) => `code: ${code}`,
};

describe('toNamePath', () => {
  it('turns dotted paths into AntD name paths with numeric indexes', () => {
    expect(toNamePath('contactDetails.0.value')).toEqual(['contactDetails', 0, 'value']);
    expect(toNamePath('email')).toEqual(['email']);
  });
});

describe('mapServerErrors', () => {
  it('puts validation errors on their fields and keeps the rest aside', () => {
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      fieldErrors: [
        { path: 'email', message: 'Invalid email' },
        { path: 'contactDetails.0.value', message: 'Required' },
        { path: 'nickname', message: 'Unknown' },
      ],
    });
    expect(mapServerErrors(error, options)).toEqual({
      fields: [
        { name: ['email'], errors: ['field: Invalid email'] },
        { name: ['contactDetails', 0, 'value'], errors: ['field: Required'] },
      ],
      unmatched: [{ path: 'nickname', message: 'Unknown' }],
    });
  });

  it('maps a conflict code onto its field', () => {
    const error = new ApiError({ status: 409, code: 'EMAIL_TAKEN' });
    expect(mapServerErrors(error, options).fields).toEqual([
      { name: ['email'], errors: ['code: EMAIL_TAKEN'] },
    ]);
  });

  it('maps nothing for codes without a field', () => {
    const error = new ApiError({ status: 409, code: 'REFERENCED_RECORD' });
    expect(mapServerErrors(error, options)).toEqual({ fields: [], unmatched: [] });
  });
});
