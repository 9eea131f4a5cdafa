import { TRPCClientError } from "@trpc/client";

/** Any call that finds the session gone sends the user to sign in, and back here afterwards. */
export function redirectIfSignedOut(error: unknown) {
  if (!(error instanceof TRPCClientError) || error.data?.code !== "UNAUTHORIZED") return;
  const params = new URLSearchParams({ reason: "expired", callbackUrl: window.location.pathname });
  window.location.assign(`/sign-in?${params}`);
}
