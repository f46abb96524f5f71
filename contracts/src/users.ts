import { z } from 'zod';
import {
  dateSchema,
  idSchema,
  listQuery,
  pageOf,
  queryBoolean,
  requiredText,
  timestampSchema,
} from './common.js';
import { passwordSchema, roleSchema } from './auth.js';

export const genders = ['female', 'male', 'other'] as const;
export const genderSchema = z.enum(genders);

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,31}$/;
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(USERNAME_PATTERN, '3–32 characters: latin letters, digits, dot, dash, underscore');
export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());
export const phoneSchema = z
  .string()
  .trim()
  .max(40)
  .regex(/^\+?[0-9 ()-]{5,40}$/, 'A phone number: digits, spaces, dashes, brackets, leading +')
  .nullish()
  .or(z.literal('').transform(() => null))
  .transform((v) => v ?? null);

/**
 * A user as the API shows it. `phone`, `gender`, `dateOfBirth` and `lastLoginAt` are personal:
 * present for admins and for the user themself, absent for everyone else.
 */
export const userSchema = z
  .object({
    id: idSchema,
    username: z.string(),
    email: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    role: roleSchema,
    isActive: z.boolean(),
    photoUrl: z.string().nullable(),
    phone: z.string().nullable().optional(),
    gender: genderSchema.nullable().optional(),
    dateOfBirth: dateSchema.nullable().optional(),
    lastLoginAt: timestampSchema.nullable().optional(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

const birthDate = dateSchema
  .refine((d) => d >= '1900-01-01' && d <= new Date().toISOString().slice(0, 10), {
    message: 'A date between 1900 and today',
  })
  .nullish()
  .transform((v) => v ?? null);

/** What every user may change about themself. */
export const profileFields = {
  firstName: requiredText(100),
  lastName: requiredText(100),
  phone: phoneSchema,
  gender: genderSchema.nullish().transform((v) => v ?? null),
  dateOfBirth: birthDate,
};

export const createUserSchema = z.strictObject({
  username: usernameSchema,
  email: emailSchema,
  role: roleSchema,
  password: passwordSchema,
  isActive: z.boolean().default(true),
  ...profileFields,
});
export type CreateUserRequest = z.input<typeof createUserSchema>;

/** PATCH /users/{id}: admins may send every field; a user on themself only profile fields. */
export const updateUserSchema = z.strictObject({
  username: usernameSchema.optional(),
  email: emailSchema.optional(),
  role: roleSchema.optional(),
  isActive: z.boolean().optional(),
  firstName: profileFields.firstName.optional(),
  lastName: profileFields.lastName.optional(),
  phone: profileFields.phone.optional(),
  gender: profileFields.gender.optional(),
  dateOfBirth: profileFields.dateOfBirth.optional(),
});
export type UpdateUserRequest = z.input<typeof updateUserSchema>;

export const updateProfileSchema = z.strictObject({
  firstName: profileFields.firstName.optional(),
  lastName: profileFields.lastName.optional(),
  phone: profileFields.phone.optional(),
  gender: profileFields.gender.optional(),
  dateOfBirth: profileFields.dateOfBirth.optional(),
});
export type UpdateProfileRequest = z.input<typeof updateProfileSchema>;

export const resetPasswordSchema = z.strictObject({ password: passwordSchema });

export const userSortFields = [
  'username',
  'lastName',
  'email',
  'role',
  'createdAt',
  'lastLoginAt',
] as const;
export const usersListQuerySchema = listQuery(userSortFields, 'lastName', {
  role: roleSchema.optional(),
  isActive: queryBoolean.optional(),
});
export type UsersListQuery = z.output<typeof usersListQuerySchema>;
export const usersPageSchema = pageOf(userSchema);
