/** The channels an approach strategy may use. */
export const approachChannels = ["email", "phone", "linkedin", "event", "referral"] as const;
export type ApproachChannel = (typeof approachChannels)[number];
