/** What a signed-out caller hears, everywhere: a stale cookie and no cookie are told apart. */
export function signedOutMessage(expired: boolean): string {
  return expired ? "Your session has expired. Sign in again." : "You need to sign in first.";
}

/** The plain 401 for routes and streams that refuse before doing anything. */
export function signedOutResponse(expired: boolean): Response {
  return Response.json({ error: { code: "UNAUTHORIZED", message: signedOutMessage(expired) } }, { status: 401 });
}
