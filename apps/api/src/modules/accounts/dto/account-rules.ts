import { Transform } from 'class-transformer';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { MAX_PASSWORD_LENGTH, MAX_TITLE_LENGTH, MIN_PASSWORD_LENGTH, isEmail, isTimeZone, normalizeEmail } from '@concertation/shared-domain';

/**
 * The rules every account input shares (registration, profile, passwords), as class-validator
 * decorators so that a bad value is BAD_USER_INPUT naming its field before any service runs.
 */

/** Trims surrounding blanks before validation, so that "  Ana " is stored as "Ana" and "   " is blank. */
export const Trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** E-mail addresses are compared without case: trim and lower-case before anything looks at them. */
export const NormalizedEmail = () => Transform(({ value }) => (typeof value === 'string' ? normalizeEmail(value) : value));

export function IsEmailAddress(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEmailAddress',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isEmail(value),
        defaultMessage: () => 'email must be a valid e-mail address.',
      },
    },
    options,
  );
}

export function IsPassword(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPassword',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.length >= MIN_PASSWORD_LENGTH && value.length <= MAX_PASSWORD_LENGTH,
        defaultMessage: (args) => `${args?.property ?? 'password'} must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters long.`,
      },
    },
    options,
  );
}

/** A name people see: 1 to 200 characters once trimmed (apply `Trimmed()` too). */
export function IsDisplayName(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDisplayName',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.length >= 1 && value.length <= MAX_TITLE_LENGTH,
        defaultMessage: () => `displayName must be 1 to ${MAX_TITLE_LENGTH} characters long and not blank.`,
      },
    },
    options,
  );
}

export function IsTimeZoneName(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTimeZoneName',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isTimeZone(value),
        defaultMessage: () => 'timeZone must be an IANA time zone such as America/Toronto.',
      },
    },
    options,
  );
}
