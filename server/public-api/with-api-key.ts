import { getDb } from "@/db/database";
import { errorResponse } from "./api-error";
import { authenticateRequest, type AuthenticatedRequest } from "./authenticate-request";

type Params = Record<string, string>;
export type ApiHandler<P extends Params> = (request: Request, ctx: AuthenticatedRequest & { params: P }) => Promise<Response>;

/**
 * Every /api/v1 handler runs behind this: key checked, rate limit counted, errors turned into
 * JSON. The key's workspace scope is the only one a handler gets, so it cannot reach another's rows.
 */
export function withApiKey<P extends Params = Params>(handler: ApiHandler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const db = await getDb();
      const auth = await authenticateRequest(db, request);
      if (auth instanceof Response) return auth;
      const response = await handler(request, { ...auth, params: await context.params });
      for (const [name, value] of Object.entries(auth.rateHeaders)) response.headers.set(name, value);
      return response;
    } catch (error) {
      return errorResponse(error);
    }
  };
}
