// The event trigger rules of lexicon/data/event-triggers.json, compiled once: forms indexed by
// their first token, word classes resolved to PhraseSets.
import { loadLexicon } from "../../lexicon/load.ts";
import { negotiationWords, PhraseIndex, PhraseSet } from "./words.ts";

interface Window {
  class?: string;
  words?: string[];
  pos?: string[];
  window: number;
}

interface RuleData {
  id: string;
  type: string;
  forms: string[];
  object?: Window;
  subject?: Window;
  near?: Window;
  context?: { words?: string[]; classes?: string[]; article?: boolean; previous?: boolean };
  party?: boolean;
  owner?: boolean;
  finite?: boolean;
  modal?: boolean;
  clauseEnd?: boolean;
  accusedActor?: boolean;
}

export interface WindowTest {
  words: PhraseSet | null;
  pos: Set<string> | null;
  window: number;
}

export interface TriggerRule {
  id: string;
  type: string;
  order: number;
  object: WindowTest | null;
  subject: WindowTest | null;
  near: WindowTest | null;
  /** Words the sentence must hold ("if", "unless"). */
  contextWords: PhraseSet | null;
  /** Word classes the sentence must hold. */
  contextClasses: PhraseSet[];
  /** The classes may stand anywhere in an article about negotiations. */
  articleContext: boolean;
  /** The classes may stand in the sentence before, in the same paragraph. */
  previousContext: boolean;
  party: boolean;
  owner: boolean;
  finite: boolean;
  modal: boolean;
  /** The trigger ends its clause: "The rebels have refused." */
  clauseEnd: boolean;
  /** "accused the militia of shelling": the actor is who is accused, not who accuses. */
  accusedActor: boolean;
}

export interface TypeMapping {
  plover: string;
  mode: string | null;
  cameo: string;
}

interface TriggerData {
  types: Record<string, TypeMapping>;
  rules: RuleData[];
}

export interface CompiledTriggers {
  types: Record<string, TypeMapping>;
  /** Forms by first token, in rule order, longer phrases first within a rule. */
  forms: PhraseIndex<TriggerRule>;
}

let compiled: CompiledTriggers | null = null;

export function triggers(): CompiledTriggers {
  compiled ??= compileTriggers(loadLexicon<TriggerData>("event-triggers"));
  return compiled;
}

function windowTest(w: Window | undefined): WindowTest | null {
  if (!w) return null;
  const words = w.class ? negotiationWords(w.class) : w.words ? new PhraseSet(w.words) : null;
  return { words, pos: w.pos ? new Set(w.pos) : null, window: w.window };
}

function compileTriggers(data: TriggerData): CompiledTriggers {
  const forms: [string, TriggerRule][] = [];
  data.rules.forEach((r, order) => {
    if (!data.types[r.type]) throw new Error(`event rule ${r.id}: unknown type ${r.type}`);
    const rule: TriggerRule = {
      id: r.id,
      type: r.type,
      order,
      object: windowTest(r.object),
      subject: windowTest(r.subject),
      near: windowTest(r.near),
      contextWords: r.context?.words ? new PhraseSet(r.context.words) : null,
      contextClasses: (r.context?.classes ?? []).map((c) => negotiationWords(c)),
      articleContext: r.context?.article ?? false,
      previousContext: r.context?.previous ?? false,
      party: r.party ?? false,
      owner: r.owner ?? false,
      finite: r.finite ?? false,
      modal: r.modal ?? false,
      clauseEnd: r.clauseEnd ?? false,
      accusedActor: r.accusedActor ?? false,
    };
    for (const form of r.forms) forms.push([form, rule]);
  });
  const order = (
    a: { value: TriggerRule; phrase: Int32Array },
    b: { value: TriggerRule; phrase: Int32Array },
  ) => a.value.order - b.value.order || b.phrase.length - a.phrase.length;
  return { types: data.types, forms: new PhraseIndex(forms, order) };
}
