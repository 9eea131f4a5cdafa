// The name or the record type does not exist: an answer ("none"), not a failure.
const absentCodes = new Set(["ENOTFOUND", "ENODATA", "NXDOMAIN"]);

/**
 * Runs one DNS query, returning null when the record does not exist. Anything else (SERVFAIL,
 * timeout, refused) is rethrown as a plain Error so the step is retried.
 */
export async function resolveOrNone<T>(query: () => Promise<T>, description: string): Promise<T | null> {
  try {
    return await query();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === "string" && absentCodes.has(code)) return null;
    const reason = typeof code === "string" ? code : error instanceof Error ? error.message : String(error);
    throw new Error(`DNS lookup of ${description} failed (${reason}); will retry`, { cause: error });
  }
}
