import { z } from 'zod';
import { CinematicAdsError } from './errors.ts';

/** One sentence a person can act on: `url: url is required for type "clone"; quality: must be …`. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.map(String).join('.');
      if (!field) return issue.message;
      // Messages written for a field already start with its name; do not repeat it.
      return issue.message.startsWith(`${field} `) ? issue.message : `${field}: ${issue.message}`;
    })
    .join('; ');
}

/** Parses `input` with `schema` or throws the contract's 400 error naming each bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what = 'request'): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = [...new Set(result.error.issues.map((issue) => issue.path.map(String).join('.')).filter(Boolean))];
  throw new CinematicAdsError('invalid_request', `Invalid ${what}: ${describeZodError(result.error)}`, {
    cause: result.error,
    details: { fields },
  });
}
