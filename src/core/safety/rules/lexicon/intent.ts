/** Intent: saying it will be done, not only wished or thought. */
import { type Rule, ruleFor } from "../rule.js";
import { F } from "../vocabulary.js";

const rule = ruleFor("intent");

export const intent: readonly Rule[] = [
  rule(
    `\\b(?:going to|gonna|gona|might|could|about to|ll|will|afraid ill|scared ill|worried ill|afraid i will|scared i will|want to|feel like doing|so close to doing) ${F}do something (?:stupid|drastic|dangerous|permanent|terrible|really stupid|bad|i cant take back|i cant undo|irreversible|final)(?= ?(?:\\.|$| (?:tonight|today|soon|to myself|again|if|and (?:never|not)|i (?:cant|wont|might))\\b))`,
  ),
];
