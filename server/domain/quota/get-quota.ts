import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { withScope } from "@/server/domain/workspaces/workspace-scope";
import { lockQuota } from "./lock-quota";
import type { QuotaView } from "./quota-view";

/** The quota meter: plan, used, reserved, remaining, next reset (starting a new period if due). */
export function getQuota(scope: WorkspaceScope): Promise<QuotaView> {
  return scope.db.transaction((tx) => lockQuota(withScope(scope, tx)));
}
