import { APICallError, NoObjectGeneratedError, NoOutputGeneratedError, RetryError } from "ai";

export type LlmErrorKind =
  /** Rate limits, 5xx and network errors that outlasted the SDK's retries: the step retries. */
  | "transient"
  /** The request itself is wrong (bad key, unknown model): every retry would fail the same way. */
  | "rejected"
  /** The model answered, but not in the schema: its own output cannot be used. */
  | "invalid_output";

/** What went wrong with a model call, in words a user can act on, and whether to retry. */
export function classifyLlmError(error: unknown, modelId: string): { kind: LlmErrorKind; message: string } {
  const last = RetryError.isInstance(error) ? error.lastError : error;
  if (NoObjectGeneratedError.isInstance(last) || NoOutputGeneratedError.isInstance(last)) {
    return { kind: "invalid_output", message: `${modelId} answered in a shape that does not match the schema` };
  }
  const attempts = RetryError.isInstance(error) ? ` after ${error.errors.length} attempts` : "";
  if (APICallError.isInstance(last)) {
    const status = last.statusCode ? `HTTP ${last.statusCode}` : "no response";
    const detail = last.message ? `: ${last.message.slice(0, 200)}` : "";
    if (last.statusCode === 401 || last.statusCode === 403) return { kind: "rejected", message: `${modelId} rejected the API key (${status})${detail}` };
    return { kind: last.isRetryable ? "transient" : "rejected", message: `${modelId} failed with ${status}${attempts}${detail}` };
  }
  const text = last instanceof Error ? last.message : String(last);
  return { kind: "transient", message: `${modelId} failed${attempts}: ${text.slice(0, 200)}` };
}
