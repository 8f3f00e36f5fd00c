/** Intent: saying it will be done, not only wished or thought. */
import { type Rule, ruleFor } from "../rule.js";
import { CRISIS_CONTEXT, F } from "../vocabulary.js";

const rule = ruleFor("intent");

export const intent: readonly Rule[] = [
  rule(
    `\\b(?:going to|gonna|gona|might|could|about to|ll|will|afraid ill|scared ill|worried ill|afraid i will|scared i will|want to|feel like doing|so close to doing) ${F}do something (?:stupid|drastic|dangerous|permanent|terrible|really stupid|bad|i cant take back|i cant undo|irreversible|final)(?= ?(?:\\.|$| (?:tonight|today|soon|to myself|again|if|and (?:never|not)|i (?:cant|wont|might))\\b))`,
  ),

  // "I'm going through with it", "gonna do it tonight", "doing it before my dad gets home",
  // "doing it once she's asleep": a time set for it. "It" needs crisis words near it.
  rule(
    "\\b(?:go|going|gonna|gona|will|ll|il|finally|ready to|decided to|about to) (?:go |)through with it\\b",
    { context: CRISIS_CONTEXT },
  ),
  rule(
    "\\b(?:do|doing|did|go through with|end|ending|finish|finishing) it (?:all |)(?:tonight|today|tomorrow|this (?:week|weekend|time)|soon|now|within (?:the next |)\\w+|in (?:the next |)\\w+ (?:minutes?|mins?|hours?|days?|weeks?|months?|years?)|in a (?:year|month|week|few)|before (?:my|anyone|they|he|she|someone|the|mum|mom|dad) (?:\\w+ ){0,3}(?:gets|get|comes|come|wakes|wake|finds|find|notices|notice|is|are) (?:home|back|up|out|here)|when (?:he|she|they|everyone|my \\w+) (?:falls?|is|are|goes|go|leaves?) (?:asleep|out|to sleep|to bed|away|home))\\b",
    {
      context: CRISIS_CONTEXT,
      notBefore: "(?:homework|essay|laundry|washing|dishes|test|exam|job|work) (?:\\w+ ){0,3}",
    },
  ),
  // "i am just gonna do it", "time to do it", "i will actually do it" beside despair.
  rule(
    `\\b(?:i am|im|i m|i|ima|i will|il|ill|time to|its time to|i think i ll|im going to|i am going to) ${F}(?:gonna|going to|gona|will|wil) ${F}(?:do it|end it|end it all|go through with it|finally do it)\\b`,
    {
      context: CRISIS_CONTEXT,
      notAfter: " (?:with|for|to|on|at|again|first|later|tomorrow morning)\\b",
    },
  ),
  rule(
    `\\b(?:i am|im|i m) ${F}(?:going to|gonna|gona) (?:die|be dead) (?:tonight|today|tomorrow|this week|soon)\\b`,
    { notAfter: " (?:of|from|if|in (?:this|the) (?:heat|cold|game|exam))\\b" },
  ),

  // "finish the job" after a try, said beside crisis words.
  rule("\\bfinish (?:the job|what i started|myself off|me off)\\b", { context: CRISIS_CONTEXT }),

  // "tonight is the night I end it", "I end it this weekend".
  rule(
    `\\b(?:tonight|today|tomorrow|this weekend|this week|friday|saturday|sunday|monday|tuesday|wednesday|thursday) (?:is|s|wil be|il be) (?:the (?:night|day)|when) ${F}(?:i ${F}(?:end it|end it al|end things|end everything|do it|go|kil myself|die|leave for good)|it (?:ends|al ends|happens))\\b`,
    { context: CRISIS_CONTEXT },
  ),

  // "ending it tonight", "ending things tonight"; the show, the party or a couple ending it say who.
  rule(
    "\\b(?:ending|end) (?:it|things|everything) (?:al |)(?:tonight|today|tomorrow|this (?:weekend|week))\\b",
    {
      notBefore:
        "(?:we|were|we re|they|theyre|they re|lets|the (?:show|band|party|season|series|festival)) (?:\\w+ ){0,2}",
      notAfter: " (?:with|on a|early|by|at \\d)\\b",
    },
  ),
  // "scared I might do something tonight", "afraid I'll hurt myself".
  rule(
    `\\b(?:scared|afraid|worried|frightened|terified) (?:that |)i (?:might|wil|il|could|m going to|am going to|m gona|am gona) ${F}(?:do something|hurt myself|do it|act on (?:it|them|the thoughts|these thoughts)|not make it (?:through|til|until|to)|not be safe)\\b`,
    {
      notAfter:
        " (?:embarasing|wrong|silly|dumb|weird|awkward|to (?:upset|ruin|annoy|embarass)|at (?:the|work|school|a))\\b",
    },
  ),
];
