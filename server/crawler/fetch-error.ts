export type FetchErrorKind =
  | "blocked_address"
  | "bad_url"
  | "dns"
  | "network"
  | "timeout"
  | "too_large"
  | "not_html"
  | "binary"
  | "redirect_loop"
  | "too_many_redirects"
  | "http_status"
  | "robots_disallowed";

/**
 * Why a guarded fetch gave up. The message is written for the user ("page larger than 2 MB");
 * `transient` says whether trying again later could help, so agents know whether to
 * retry (plain Error) or fail the lead for good (AgentFailure).
 */
export class FetchError extends Error {
  constructor(
    readonly kind: FetchErrorKind,
    message: string,
    readonly transient = false,
  ) {
    super(message);
    this.name = "FetchError";
  }
}
