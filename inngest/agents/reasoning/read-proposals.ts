import type { AgentInput } from "../agent";
import { approachChannels, type ApproachChannel } from "./approach-channels";
import { asList, asRecord, asText, factValue } from "./fact-value";

/** The stored proposals (name, channel, text), for the steps that evaluate and plan from them. */
export function readProposals(input: AgentInput): { name: string; channel: ApproachChannel; text: string }[] {
  return asList(asRecord(factValue(input, "approach.proposals"))?.items).flatMap((raw) => {
    const item = asRecord(raw);
    const name = asText(item?.name);
    const channel = approachChannels.find((c) => c === item?.channel);
    return name && channel ? [{ name, channel, text: asText(item?.text) ?? "" }] : [];
  });
}
