import type { z } from "zod";
import { AppError } from "@/server/errors";

/** The request body as JSON, parsed by `schema`; a body that is not JSON says so. */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("INVALID_INPUT", "The request body must be JSON, e.g. {\"count\": 5}, sent with Content-Type: application/json.", "body");
  }
  return schema.parse(body);
}

/** Query-string parameters (only the first value of each) parsed by `schema`. */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  return schema.parse(Object.fromEntries(new URL(request.url).searchParams));
}
