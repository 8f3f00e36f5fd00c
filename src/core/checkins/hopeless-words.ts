/**
 * Hopeless words in a check-in's note: "what's the point", "nothing ever changes", "I give up",
 * "I can't see it getting better". Hopelessness is one of the best-known everyday warning signs
 * tied to suicide risk, so on a low day such a note is answered as a heavy day is
 * (heavy-day.ts). It is not the crisis detector (src/core/safety/): it looks for no death or
 * self-harm words, and a few of its phrases ("no way out") are crisis words there too.
 *
 * The rule, and its limits (docs/SAFETY.md, "Hopeless words on a low day"):
 * - Words are read as tired people type: any case, apostrophes or none ("whats", "cant"),
 *   contractions split ("i m") or spelled out ("do not"), letters held ("nooo point").
 * - Said with a "not" or "never" just before ("it's not hopeless", "I'm not giving up", "I don't
 *   feel hopeless"), or looked back on ("I used to feel hopeless"), they do not count.
 * - Laughed off in the same sentence ("I give up lol") they do not count.
 * - Where the phrase can be about anything ("what's the point of", "no point in", "I give up on",
 *   "nothing ever changes at"), what follows decides: nothing, or life, oneself, trying, things,
 *   the future, counts ("what's the point of trying"); a named everyday thing does not ("no point
 *   in waiting", "I give up on this crossword", "nothing ever changes at my job's coffee machine").
 *   So hopelessness about one named thing (a job, a knee) is not read here; the numbers still are.
 * - English only; whose words they are is not read ("she says it's hopeless" counts).
 */

/** One plain form: lower case, no apostrophes, "." between sentences, "," between clauses. */
export function plainForm(text: string): string {
  return (
    text
      .toLowerCase()
      // ' ’ ‘ ʼ ` ´ ′ ＇: phone keyboards and word processors swap these freely.
      .replace(/['’‘ʼ`´′＇]/g, "")
      // Laughing faces read as the laugh they are.
      .replace(/[\u{1f602}\u{1f923}\u{1f606}\u{1f605}\u{1f639}]/gu, " lol ")
      .replace(/[.!?;…\n\r]+/g, " . ")
      .replace(/[,:()\-–—"“”/]+/g, " , ")
      .replace(/[^a-z0-9 .,]+/g, " ")
      // "i m", "don t", "what s": a contraction typed with a space for its apostrophe.
      .replace(/\b([a-z]+) (m|t|s|ve|ll|d|re)\b/g, "$1$2")
      .replace(/\b(?:cannot|can not)\b/g, "cant")
      .replace(/\bi am\b/g, "im")
      .replace(/\bi have\b/g, "ive")
      .replace(/\b(it|there|what|that) is\b/g, "$1s")
      .replace(/\b(do|does|did|is|are|was|were|will|would|have|has|had|could) not\b/g, (_, verb) =>
        verb === "will" ? "wont" : `${verb}nt`,
      )
      .replace(/\bgonna\b/g, "going to")
      .replace(/\bwanna\b/g, "want to")
      .replace(/\bany more\b/g, "anymore")
      .replace(/\bnothin\b/g, "nothing")
      // Every run of one letter squeezed, in the text and in the phrases alike, so "nooo point"
      // and "hopelesss" read as the words they are.
      .replace(/([a-z])\1+/g, "$1")
      .replace(/ +/g, " ")
      .trim()
  );
}

/** A phrase written in ordinary spelling, squeezed as the text is. */
function phrase(source: string): RegExp {
  return new RegExp(`\\b(?:${source.replace(/([a-z])\1+/g, "$1")})\\b`, "g");
}

/** Words that turn what follows around: "not hopeless", "never giving up", "no longer". */
const NEGATORS = new Set(
  "not never dont doesnt didnt isnt wasnt arent werent wont wouldnt havent hasnt hadnt cant couldnt longer refuse used"
    .split(" ")
    .map(squeeze),
);
/** Words that may stand between a negator and the phrase: "don't feel so hopeless". */
const BRIDGES = new Set(
  "i im it its is am be been feel felt feeling think really so that all completely totally at going to ever as quite too fully yet even just"
    .split(" ")
    .map(squeeze),
);
/** A laugh in the same sentence: the words were a joke. */
const LAUGH = /^(?:lol|lmf?ao|rofl|jk|xd|(?:ha)+h?|(?:he){2,}h?)$/;
/**
 * Words that end a clause: what follows is another thought. Not "until" or "unless": they say
 * when, so "no way out until we found the key" is about the key.
 */
const CLAUSE_ENDS = new Set(
  ", and but so because cause cuz coz since when though although if or cos".split(" ").map(squeeze),
);
/** Words passed over on the way to the thing a phrase is about. */
const FILLERS = new Set(
  "of in on at with about for to into this that these those the a an my our any all even just really anymore more now anyway anyways ever again honestly whatsoever here today tonight lately left doing getting carrying waking being be do get feel make so it"
    .split(" ")
    .map(squeeze),
);
/** What makes an open phrase hopeless: life itself, oneself, trying, the future, getting better. */
const ABOUT_LIFE = new Set(
  "me myself i life living anything everything things nothing trying try future tomorrow world anyone anybody hope help therapy meds medication treatment recovery depression anxiety mood head mind feelings days day home family better change changing existing existence breathing bothering caring fighting continuing up us happy ok okay normal well good fine hard"
    .split(" ")
    .map(squeeze),
);

function squeeze(word: string): string {
  return word.replace(/([a-z])\1+/g, "$1");
}

interface HopelessPhrase {
  pattern: RegExp;
  /** What follows decides (see the file's comment): "no point in waiting" is not hopeless. */
  aboutWhat?: true;
  /** Words just after that make it ordinary: "hopeless at maths", "a hopeless romantic". */
  notBefore?: RegExp;
}

const SEE = "(?:cant|dont|cant even|dont even|cant really|dont really) see";
const BETTER = "(?:get|gets|getting|be|feel|feeling) (?:any |much )?better";
// Not "could" or "can": "I don't think it could be any better" is a good day.
const WILL =
  "(?:will|going to|is going to|are going to|s going to|ll|is ever going to|will ever|am going to|m going to)";

/** "It's never going to get better than this" is a good day. */
const BETTER_THAN = /^than\b/;

const PHRASES: readonly HopelessPhrase[] = [
  // What's the point; there's no point; is there any point; I don't see the point.
  {
    pattern: phrase(
      "(?:whats|what) (?:even |really |actually |exactly |honestly )?(?:the|da) point|(?<!\\bat )no (?:real |actual )?point|is there (?:even |really )?(?:any|a) point|" +
        `${SEE} (?:the|any) point`,
    ),
    aboutWhat: true,
  },
  // What's the use; it's no use; why bother; why try; why am I even trying.
  {
    pattern: phrase(
      "whats the use|(?:its|theres) no use|why (?:do i |should i |would i |even |do i even |should i even )?(?:bother|try)|why am i (?:even )?trying",
    ),
    aboutWhat: true,
  },
  // Pointless: everything, life, it all; "it's pointless" when what follows says what.
  {
    pattern: phrase(
      "(?:everything|life|it all|all of it|all of this|my life|existence|trying|i)(?: is| feels| seems| just feels| just seems| feel| am| im)?(?: so| just| completely| totally| utterly| all| really)* pointless",
    ),
  },
  {
    pattern: phrase(
      "(?:its|this is|it feels|it seems)(?: so| just| all| completely| really)* pointless",
    ),
    aboutWhat: true,
  },
  // Giving up.
  {
    pattern: phrase(
      "i (?:just |really |kind of |kinda |think i |might as well |am going to |m going to |want to |just want to )?(?:give|gave) up|" +
        "(?:ive|id|i had|i think ive) (?:just |pretty much |completely |totally |basically |kind of |kinda |already )?given up|giving up|" +
        "(?:want to|going to|ready to|about to|feel like|close to|tempted to) give up",
    ),
    aboutWhat: true,
  },
  // Nothing changes, nothing gets better, nothing helps, nothing matters.
  {
    pattern: phrase(
      "nothing (?:ever |will ever |is ever going to |is going to |will |s going to |ever really |really )?(?:changes?|gets? better|improves?|helps?|works?)|nothing (?:really )?matters(?! more| as much)",
    ),
    aboutWhat: true,
  },
  // It will never change; it's never going to get better; it won't get better.
  {
    pattern: phrase(
      `(?:things|it|itll|life|my life|this|thisll)(?: will| is going to| are going to|s going to|ll|s)? never (?:changes?|${BETTER}|improves?|ends?|be (?:any )?different)|` +
        `never going to (?:${BETTER}|change)|(?:wont|isnt going to|not going to|aint going to) (?:ever )?${BETTER}|` +
        "(?:will|ll) never (?:feel|be) (?:better|happy|good|ok|okay|normal|myself)(?: again)?|never (?:be|feel) (?:happy|ok|okay|normal|myself) again",
    ),
    notBefore: BETTER_THAN,
  },
  // I can't see it getting better; I don't think things will ever get better.
  {
    pattern: phrase(
      `${SEE} (?:it|things|anything|life|my life|this|myself) (?:ever )?(?:${BETTER}|improving|changing|going to ${BETTER})|` +
        `(?:dont|cant) (?:think|believe|see how|imagine) (?:it|its|itll|things|anything|life|my life|this|i|id|ill|im) (?:${WILL} )?(?:ever )?(?:${BETTER}|change)`,
    ),
    notBefore: BETTER_THAN,
  },
  // Always like this; stuck like this forever.
  {
    pattern: phrase(
      "always (?:going to )?be like this|forever like this|stuck (?:like this|in this) (?:forever|for ever|for good)|always going to feel (?:this way|like this)",
    ),
  },
  // No hope, lost hope, hopeless.
  {
    pattern: phrase("(?:lost|losing|given up|gave up|give up) (?:all |any )?hope|hopelesnes"),
  },
  {
    pattern: phrase("(?:theres |there s |i have |ive got |i got )?no (?:more )?hope"),
    aboutWhat: true,
  },
  // "Hopeless at maths", "hopeless with money": a skill, not a life. But "hopeless at the moment",
  // "at night", "at everything", "with everything going on" are the feeling itself. (Squeezed:
  // "all" reads "al".)
  {
    pattern: phrase("hopeles"),
    notBefore:
      /^(?:at (?!(?:the (?:moment|minute|min|mo|end)|times?|night|present|this (?:point|stage|time)|everything|al|life|it al)\b)|with (?!(?:everything|al|life|it al|this|my life)\b)|romantic)/,
  },
  // No future; can't see a future; nothing to look forward to.
  { pattern: phrase("no future|nothing to look forward to"), aboutWhat: true },
  {
    pattern: phrase(
      `${SEE} (?:a|any|my|much of a) future|my future (?:is|looks|feels|seems) (?:so |just |completely )?(?:bleak|hopeless|dark|empty|pointless|over)`,
    ),
  },
  // No way out; can't see a way out; no light at the end of the tunnel.
  {
    pattern: phrase(
      `${SEE} (?:a|any|the) way (?:out|forward)|${SEE} (?:the|any) light at the end|no light at the end of (?:the|this) tunnel`,
    ),
  },
  { pattern: phrase("no way (?:out|forward)"), aboutWhat: true },
  // Tired of trying; done trying.
  { pattern: phrase("(?:tired|sick|done|exhausted|weary) (?:of )?trying"), aboutWhat: true },
];

/** Characters before a phrase read for a negator (four words at most are), and after it. */
const LOOK_BACK = 80;
const LOOK_AHEAD = 240;

/** Whether a negator comes just before the words (only bridge words between). */
function negated(before: readonly string[]): boolean {
  for (let i = before.length - 1; i >= 0 && i >= before.length - 4; i -= 1) {
    const word = before[i] ?? "";
    if (NEGATORS.has(word)) return true;
    if (!BRIDGES.has(word)) return false;
  }
  return false;
}

/** Whether what follows an open phrase leaves it hopeless: nothing, or life itself. */
function aboutLife(after: readonly string[]): boolean {
  for (const [i, word] of after.entries()) {
    if (CLAUSE_ENDS.has(word)) return true;
    // "No point going on" is about going on; "no point in going, it's sold out" is not.
    if (word === "going") return after[i + 1] === "on";
    if (FILLERS.has(word) || LAUGH.test(word)) continue;
    return ABOUT_LIFE.has(word);
  }
  return true;
}

/**
 * The first hopeless words in the text, in their plain form ("whats the point"), or null. The
 * words are for tests and the measure in docs/SAFETY.md; the person sees only the answer.
 */
export function findHopelessWords(text: string): string | null {
  for (const sentence of plainForm(text).split(".")) {
    const padded = ` ${sentence.trim()} `;
    for (const { pattern, aboutWhat, notBefore } of PHRASES) {
      for (const match of padded.matchAll(pattern)) {
        const start = match.index ?? 0;
        // A few words back and a clause or two ahead are all any test reads: bounded, so a long
        // note with many phrases is read in time proportional to its length.
        const before = padded
          .slice(Math.max(0, start - LOOK_BACK), start)
          .trim()
          .split(" ");
        const end = start + match[0].length;
        const rest = padded.slice(end, end + LOOK_AHEAD).trim();
        const after = rest === "" ? [] : rest.split(" ");
        const clause = before.lastIndexOf(",");
        if (negated(before.slice(clause + 1))) continue;
        if (after.some((word) => LAUGH.test(word))) continue;
        if (notBefore?.test(rest)) continue;
        if (aboutWhat && !aboutLife(after)) continue;
        return match[0];
      }
    }
  }
  return null;
}

export function hasHopelessWords(text: string | undefined): boolean {
  return text !== undefined && findHopelessWords(text) !== null;
}
