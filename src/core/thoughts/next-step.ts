/**
 * What a balanced thought offers to do next: a person it names, and an action it intends. Pure
 * and cautious: it only reads what the person wrote, and finds nothing rather than guess wrongly.
 */
export interface NextStep {
  /** A person named in the thought ("Ben", "my sister"), ready to add to the circle. */
  person: string | null;
  /** What the thought says the person could do ("Ring Ben"), ready to plan. */
  action: string | null;
}

const NOT_NAMES = new Set(
  (
    "I I'm I'll I've I'd Im Ill OK Okay God Monday Tuesday Wednesday Thursday Friday Saturday " +
    "Sunday January February March April May June July August September October November " +
    "December Christmas Easter Maybe Perhaps But And So Then Even If When It That This"
  )
    .toLowerCase()
    .split(" "),
);

/** Family and friends people call by their role rather than a name. */
const ROLES =
  /\b(my (?:mum|mom|mother|dad|father|sister|brother|son|daughter|partner|wife|husband|friend|best friend|flatmate|neighbour|neighbor|therapist|gp|doctor|aunt|uncle|gran|grandma|grandad|grandpa|cousin|boss|colleague)|mum|mom|dad)\b/i;

/** "I could", "I'll", "I can try to", "I am going to": an intention in the first person. */
const INTENTION =
  /\b(?:i\s+(?:could|can|will|might|may|want to|am going to)|i['’](?:ll|m going to))\s+(?:(?:try|start|plan|aim)\s+(?:to\s+)?|maybe\s+|still\s+|just\s+|also\s+)*(?!not\b|never\b|be\b|feel\b|remember\b|accept\b|know\b|think\b|see that\b)([a-z][^.!?;\n]*)/i;

/** When-words at the end of an action belong to planning it, not to its title. */
const TRAILING =
  /(?:\s*,?\s*(?:myself|instead|again|too|soon|later|sometime|today|tonight|tomorrow|this (?:week|weekend|evening|morning|afternoon)|next week|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:and|but|even if|if|when|because)\b.*))+$/i;

const MAX_ACTION_LENGTH = 120;

function personIn(text: string): string | null {
  const words = [...text.matchAll(/(^|[.!?]\s+|\s)([A-Z][a-z]+(?:['’][a-z]+)?)/g)];
  for (const match of words) {
    // A capital after a sentence's end (or at the very start) says nothing about a name.
    const atStart = match[1] !== " ";
    const word = (match[2] ?? "").replace(/['’]s$/, "");
    if (atStart || NOT_NAMES.has(word.toLowerCase())) continue;
    return word;
  }
  const role = ROLES.exec(text)?.[1];
  return role ? role.replace(/^my\s+/i, "my ") : null;
}

function actionIn(text: string): string | null {
  const found = INTENTION.exec(text)?.[1];
  if (!found) return null;
  const action = found.replace(TRAILING, "").trim();
  if (action === "" || action.length > MAX_ACTION_LENGTH) return null;
  return action.charAt(0).toUpperCase() + action.slice(1);
}

export function nextStepIn(balancedThought: string): NextStep {
  const text = balancedThought.trim();
  return { person: personIn(text), action: actionIn(text) };
}
