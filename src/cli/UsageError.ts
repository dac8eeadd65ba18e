/** A usage error (bad option value, unknown template…): `run` prints its message in one line and exits 1. */
export class UsageError extends Error {}
