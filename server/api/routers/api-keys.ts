import { createTRPCRouter } from "../trpc";

export const apiKeysRouter = createTRPCRouter({});
