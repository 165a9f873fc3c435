// Relays: linked to entities, described ones named after the outlet they stand for, and an
// interview's relay carried over to the same speaker's later statements.
import type { Analysis, Relay, SourceRef } from "../../layers.ts";
import { mentionAt } from "./speakers.ts";

/** How many characters an interview relay reaches forward for the same speaker. */
const CARRY_REACH = 1500;
const DESCRIBED = /^(the|that|this)\s/i;

export function nameRelays(analysis: Analysis): void {
  const named: Relay[] = []; // relays that are not descriptions, in the order seen
  for (const a of analysis.attributions) {
    for (const relay of a.via) {
      const mention = mentionAt(analysis.mentions, relay.start, relay.end);
      if (mention?.entity && mention.kind === "name") {
        relay.entity = mention.entity;
        relay.name = analysis.entities.find((e) => e.id === mention.entity)?.name ?? mention.text;
      } else if (DESCRIBED.test(relay.text) && !/\p{Lu}/u.test(relay.text.slice(4))) {
        const earlier = lastBefore(named, relay.start);
        if (earlier) {
          relay.name = earlier.name ?? earlier.text;
          relay.entity = earlier.entity;
        }
      }
      if (!DESCRIBED.test(relay.text)) named.push(relay);
    }
  }
}

function lastBefore(relays: Relay[], start: number): Relay | undefined {
  for (let i = relays.length - 1; i >= 0; i--) if (relays[i].start < start) return relays[i];
  return undefined;
}

const CARRIED = new Set(["via.told_outlet", "via.frame_outlet", "via.relay_phrase"]);

/** "Health officials said": an indefinite description brings in a new speaker. */
function isNewUnnamed(source: SourceRef): boolean {
  return source.kind === "unnamed" && source.resolvedFrom === null;
}

export function carryRelays(analysis: Analysis, keyOf: (s: SourceRef) => string): void {
  const last = new Map<string, { relay: Relay; at: number }>();
  for (const a of analysis.attributions) {
    if (!a.source || a.nested) continue;
    const key = keyOf(a.source);
    const own = a.via.find((r) => CARRIED.has(r.rule));
    if (own) {
      last.set(key, { relay: own, at: a.source.start });
      continue;
    }
    const carried = last.get(key);
    if (!carried || a.via.length > 0 || a.source.start - carried.at > CARRY_REACH || isNewUnnamed(a.source))
      continue;
    a.via.push({ ...carried.relay, rule: "via.carried_from_interview" });
    a.rules.push("via.carried_from_interview");
    carried.at = a.source.start;
  }
}
