/**
 * True when a query failed on a unique constraint (SQLSTATE 23505), optionally a named one.
 * Both `pg` and PGlite put the code and the constraint on the driver error, which TypeORM wraps.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { code?: unknown; constraint?: unknown; driverError?: { code?: unknown; constraint?: unknown } };
  const code = e.driverError?.code ?? e.code;
  if (code !== '23505') return false;
  return constraint === undefined || (e.driverError?.constraint ?? e.constraint) === constraint;
}
