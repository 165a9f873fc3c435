// The one wink-nlp instance of the process. Loading the model takes ~100 ms, so it is shared.

import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

let instance: ReturnType<typeof winkNLP> | null = null;

export function nlp(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model, ["sbd", "pos"]);
  return instance;
}
