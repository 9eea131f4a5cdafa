export * from "./auth";
export * from "./workspaces";
export * from "./leads";
export * from "./events";
export * from "./outbox";
