import { mulberry32 } from "../../src/core/seeded-random.js";
import { contextSentences } from "./context.js";
import { crisisTemplates } from "./crisis-templates.js";
import { expand } from "./grammar.js";
import { lookalikeTemplates } from "./lookalike-templates.js";
import { addFiller, applyRegister, type Register, registerNames } from "./registers.js";
import { slots } from "./slots.js";

export interface GeneratedStatement {
  text: string;
  crisis: boolean;
  category: string;
  register: Register;
  /**
   * "heldout" for about one template in five: its statements are kept out of training and used to
   * choose the threshold, so the threshold is set on wordings the model has not seen.
   */
  split: "train" | "heldout";
}

const SEED = 11_2026;
/**
 * Minimal pairs written to teach the model which word makes the difference ("i can't wait to
 * see you" beside "i can't wait to die"). They are not the look-alikes people write every day,
 * so none is held out: the threshold is set on everyday look-alikes.
 */
const TEACHING_ONLY: ReadonlySet<string> = new Set(["contrast", "contrast_more"]);
/**
 * Versions written per template; duplicates are dropped, so some templates give fewer. The
 * look-alike templates are fewer and shorter, so each is written more often to keep the two
 * sides near even.
 */
const PER_TEMPLATE = { crisis: 36, lookalike: 22, chatter: 40 };
const REGISTER_WEIGHTS: Readonly<Record<Register, number>> = {
  careful: 3,
  texting: 4,
  spaced: 2,
  "run-together": 2,
  typos: 2,
  slang: 2,
  shouted: 1,
  post: 4,
};

/**
 * About one template in five is held out, picked by a hash of its own text, so adding or
 * editing one template leaves every other template on the side it was.
 */
function heldOut(template: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < template.length; i++) h = Math.imul(h ^ template.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 5 === 0;
}

function pickRegister(random: () => number): Register {
  const total = registerNames.reduce((sum, name) => sum + REGISTER_WEIGHTS[name], 0);
  let left = random() * total;
  for (const name of registerNames) {
    left -= REGISTER_WEIGHTS[name];
    if (left < 0) return name;
  }
  return "texting";
}

/** Words that take a borrowed thought out of the look-alikes: it might be about dying. */
const DEATH_WORDS =
  /\b(die|died|dying|dead|death|suicid\w*|kill\w*|end it|end my life|hurt myself)\b/i;

/**
 * Writes the statements. `borrowedCalm` are real people's everyday negative thoughts from data
 * whose licence allows it (the thinking-traps set); any that mention dying are left out, the
 * rest join the look-alikes as they are and in one more register.
 */
export function generateStatements(borrowedCalm: readonly string[] = []): GeneratedStatement[] {
  const random = mulberry32(SEED);
  const context = (): string => {
    const sentence = contextSentences[Math.floor(random() * contextSentences.length)] ?? "";
    return expand(sentence, slots, random);
  };
  const seen = new Set<string>();
  const out: GeneratedStatement[] = [];
  const groups: [boolean, Readonly<Record<string, readonly string[]>>][] = [
    [true, crisisTemplates],
    [false, lookalikeTemplates],
  ];
  for (const [crisis, byCategory] of groups) {
    for (const [category, templates] of Object.entries(byCategory)) {
      for (const template of templates) {
        const split = heldOut(template) && !TEACHING_ONLY.has(category) ? "heldout" : "train";
        const versions = crisis
          ? PER_TEMPLATE.crisis
          : category === "chatter"
            ? PER_TEMPLATE.chatter
            : PER_TEMPLATE.lookalike;
        for (let n = 0; n < versions; n++) {
          const register = pickRegister(random);
          const written = addFiller(expand(template, slots, random), random);
          const text = applyRegister(register, written, random, context);
          if (text === "" || seen.has(text)) continue;
          seen.add(text);
          out.push({ text, crisis, category, register, split });
        }
      }
    }
  }
  borrowedCalm.forEach((thought, i) => {
    if (DEATH_WORDS.test(thought)) return;
    const split = i % 5 === 2 ? "heldout" : "train";
    const register = pickRegister(random);
    const versions = [
      thought.trim(),
      applyRegister(register, thought.trim().toLowerCase(), random, context),
    ];
    for (const text of versions) {
      if (text === "" || seen.has(text)) continue;
      seen.add(text);
      out.push({ text, crisis: false, category: "thinking-traps", register, split });
    }
  });
  return out;
}
