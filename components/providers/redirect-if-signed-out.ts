import { TRPCClientError } from "@trpc/client";

/** Any call that finds the session gone sends the user to sign in, and back here afterwards. */
export function redirectIfSignedOut(error: unknown) {
  if (!(error instanceof TRPCClientError) || error.data?.code !== "UNAUTHORIZED") return;
  const target = new URL("/sign-in", window.location.origin);
  target.searchParams.set("reason", "expired");
  target.searchParams.set("callbackUrl", window.location.pathname);
  // A full load, not a client navigation: nothing of the ended session should stay in memory.
  window.location.href = target.href;
}
