import type { prospectingJobs } from "@/db/schema";

type JobRow = typeof prospectingJobs.$inferSelect;
export type JobView = Omit<JobRow, "cursor" | "createdBy" | "workspaceId">;

export function toJobView(row: JobRow): JobView {
  const { cursor: _cursor, createdBy: _createdBy, workspaceId: _workspaceId, ...view } = row;
  return view;
}
