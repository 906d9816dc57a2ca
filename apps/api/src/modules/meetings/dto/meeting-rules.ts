import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isWebUrl } from '@concertation/shared-domain';

/** Inputs may leave a field out (keep) or send null (clear): class-validator's ValidateIf for "sent". */
export const given = (_: object, value: unknown) => value !== undefined;

/** A meeting's video link: an absolute http(s) address of at most 1,000 characters. */
export function IsWebUrl(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isWebUrl',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isWebUrl(value),
        defaultMessage: (args) => `${args?.property ?? 'onlineUrl'} must be an http or https address of at most 1000 characters.`,
      },
    },
    options,
  );
}
