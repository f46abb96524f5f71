import { ApiError } from '../../api/apiError';
import { mapServerErrors } from '../../ui/serverErrors';
import type { ContactDetailView } from './contactDetails';
import {
  contactDetailHref,
  isBlankRow,
  mainEmail,
  mainPhone,
  remapDetailErrors,
  socialHref,
  telNumber,
  toContactDetailsRequest,
  validateContactDetail,
} from './contactDetails';

const detail = (
  kind: ContactDetailView['kind'],
  value: string,
  extra: Partial<ContactDetailView> = {},
): ContactDetailView => ({ kind, value, network: null, label: null, ...extra });

describe('main phone and e-mail', () => {
  it('are the first non-empty detail of their kind', () => {
    const details = [
      detail('fax', '+380 44 000 0000'),
      detail('email', 'first@acme.com', { label: 'work' }),
      detail('phone', '+380 67 111 1111'),
      detail('phone', '+380 67 222 2222'),
      detail('email', 'second@acme.com'),
    ];
    expect(mainPhone(details)?.value).toBe('+380 67 111 1111');
    expect(mainEmail(details)?.value).toBe('first@acme.com');
  });

  it('never take a fax for a phone, and are absent when there is none', () => {
    expect(mainPhone([detail('fax', '+380 44 000 0000')])).toBeUndefined();
    expect(mainEmail([])).toBeUndefined();
  });
});

describe('validateContactDetail', () => {
  it('checks each kind by its own rule', () => {
    expect(validateContactDetail({ kind: 'email', value: 'olena@acme.com' })).toEqual({});
    expect(validateContactDetail({ kind: 'email', value: 'olena@' })).toEqual({ value: 'email' });
    expect(validateContactDetail({ kind: 'website', value: 'https://acme.com' })).toEqual({});
    expect(validateContactDetail({ kind: 'website', value: 'acme.com' })).toEqual({ value: 'url' });
    expect(validateContactDetail({ kind: 'website', value: 'ftp://acme.com' })).toEqual({
      value: 'url',
    });
    expect(validateContactDetail({ kind: 'phone', value: '+380 (67) 123-45-67' })).toEqual({});
    expect(validateContactDetail({ kind: 'phone', value: 'call me' })).toEqual({ value: 'phone' });
    expect(validateContactDetail({ kind: 'fax', value: '12' })).toEqual({ value: 'phone' });
    expect(validateContactDetail({ kind: 'address', value: 'Khreshchatyk 1, Kyiv' })).toEqual({});
  });

  it('requires the network of a social network entry, and only there', () => {
    expect(validateContactDetail({ kind: 'social', value: '@olena', network: '' })).toEqual({
      network: 'networkRequired',
    });
    expect(validateContactDetail({ kind: 'social', value: '@olena', network: 'Telegram' })).toEqual(
      {},
    );
    // A network left over from switching the kind away from "social" is ignored, not an error.
    expect(validateContactDetail({ kind: 'phone', value: '+380671234567', network: 'X' })).toEqual(
      {},
    );
  });

  it('requires a value once anything else of the row is filled in, and limits lengths', () => {
    expect(validateContactDetail({ kind: 'phone', value: '' })).toEqual({});
    expect(validateContactDetail({ kind: 'phone', value: ' ', label: 'mobile' })).toEqual({
      value: 'required',
    });
    expect(validateContactDetail({ kind: 'social', value: '', network: 'Viber' })).toEqual({
      value: 'required',
    });
    expect(validateContactDetail({ kind: 'address', value: 'x'.repeat(501) })).toEqual({
      value: 'tooLong',
    });
    expect(
      validateContactDetail({ kind: 'address', value: 'Kyiv', label: 'y'.repeat(61) }),
    ).toEqual({ label: 'tooLong' });
  });
});

describe('toContactDetailsRequest', () => {
  it('trims, leaves out blank rows and remembers where each entry came from', () => {
    const request = toContactDetailsRequest([
      { kind: 'phone', value: '' },
      { kind: 'email', value: ' olena@acme.com ', label: ' ' },
      { kind: 'social', value: '@olena', network: ' Telegram ', label: 'personal' },
      { kind: 'phone', value: '+380 67 123 4567', network: 'stale' },
    ]);
    expect(request.details).toEqual([
      { kind: 'email', value: 'olena@acme.com', network: null, label: null },
      { kind: 'social', value: '@olena', network: 'Telegram', label: 'personal' },
      { kind: 'phone', value: '+380 67 123 4567', network: null, label: null },
    ]);
    expect(request.formIndexes).toEqual([1, 2, 3]);
    expect(toContactDetailsRequest(undefined)).toEqual({ details: [], formIndexes: [] });
  });

  it('treats a row with only a label as filled in', () => {
    expect(isBlankRow({ kind: 'phone', value: '', label: 'mobile' })).toBe(false);
    expect(isBlankRow({ kind: 'social', value: '', network: 'X' })).toBe(false);
    expect(isBlankRow({ kind: 'phone', value: '  ', network: 'X' })).toBe(true);
  });
});

describe('remapDetailErrors', () => {
  const error = new ApiError({
    status: 400,
    code: 'VALIDATION_FAILED',
    fieldErrors: [
      { path: 'contactDetails.0.value', message: 'Not an e-mail address' },
      { path: 'contactDetails.2.network', message: 'Name the network' },
      { path: 'contactDetails', message: 'Too many' },
      { path: 'name', message: 'Required' },
    ],
  });

  it('moves the server paths onto the form rows the entries came from', () => {
    const remapped = remapDetailErrors(error, [1, 3, 4]) as ApiError;
    expect(remapped).toBeInstanceOf(ApiError);
    expect(remapped.code).toBe('VALIDATION_FAILED');
    expect(remapped.fieldErrors.map((e) => e.path)).toEqual([
      'contactDetails.1.value',
      'contactDetails.4.network',
      'contactDetails',
      'name',
    ]);
  });

  it('lands on the Form.List fields, so the message shows under the right input', () => {
    const remapped = remapDetailErrors(error, [1, 3, 4]) as ApiError;
    const knownFields = new Set(['name', 'contactDetails.1.value', 'contactDetails.4.network']);
    const mapped = mapServerErrors(remapped, {
      knownFields,
      fieldMessage: (message) => message,
      codeMessage: (code) => code,
    });
    expect(mapped.fields).toEqual([
      { name: ['contactDetails', 1, 'value'], errors: ['Not an e-mail address'] },
      { name: ['contactDetails', 4, 'network'], errors: ['Name the network'] },
      { name: ['name'], errors: ['Required'] },
    ]);
    expect(mapped.unmatched).toEqual([{ path: 'contactDetails', message: 'Too many' }]);
  });

  it('leaves other errors alone', () => {
    const conflict = new ApiError({ status: 409, code: 'CONFLICT' });
    expect(remapDetailErrors(conflict, [0])).toBe(conflict);
    const network = new Error('offline');
    expect(remapDetailErrors(network, [0])).toBe(network);
  });
});

describe('links of contact details', () => {
  it('make mailto, tel and web links', () => {
    expect(contactDetailHref(detail('email', 'olena@acme.com'))).toBe('mailto:olena@acme.com');
    expect(contactDetailHref(detail('phone', '+380 (67) 123-45-67'))).toBe('tel:+380671234567');
    expect(contactDetailHref(detail('website', 'https://acme.com/about'))).toBe(
      'https://acme.com/about',
    );
    expect(contactDetailHref(detail('website', 'acme.com'))).toBe('https://acme.com');
    expect(contactDetailHref(detail('address', 'Khreshchatyk 1'))).toBeUndefined();
    expect(contactDetailHref(detail('fax', '+380 44 000 0000'))).toBeUndefined();
  });

  it('never link to other schemes', () => {
    expect(contactDetailHref(detail('website', 'javascript:alert(1)'))).toBeUndefined();
    expect(socialHref('Telegram', 'javascript:alert(1)')).toBeUndefined();
  });

  it('find social profiles from a link or a handle', () => {
    expect(socialHref('LinkedIn', 'linkedin.com/company/acme')).toBe(
      'https://linkedin.com/company/acme',
    );
    expect(socialHref('Telegram', '@olena_k')).toBe('https://t.me/olena_k');
    expect(socialHref('instagram', 'olena.k')).toBe('https://instagram.com/olena.k');
    expect(socialHref('X', '@acme')).toBe('https://x.com/acme');
    expect(socialHref('WhatsApp', '+380 67 123 4567')).toBe('https://wa.me/380671234567');
    // A LinkedIn handle alone does not say whether it is a person or a company.
    expect(socialHref('LinkedIn', '@brown13')).toBeUndefined();
    expect(socialHref('Viber', '+380 67 123 4567')).toBeUndefined();
  });

  it('keep only digits and a leading plus for tel:', () => {
    expect(telNumber('+38 (044) 123-45-67 ext')).toBe('+380441234567');
    expect(telNumber('044 1+2')).toBe('04412');
  });
});
