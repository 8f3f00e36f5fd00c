import { leadingPrefixes, startPrefixes } from "./prefilter.js";
import { type TrapId, trapIds } from "./trap-ids.js";

/**
 * Hand-written cues for each trap. They do two jobs: they show the words behind a suggestion
 * (spans), and they carry what people commonly say beyond what the small training file shows.
 * For the learned traps each pattern is also a model feature whose weight starts from `prior`
 * and is adjusted by training; for `mental-filter` and `burden`, which the data never labels,
 * `prior` is the confidence itself.
 *
 * Pattern sources use a small shorthand, expanded below: a space stands for any run of white
 * space, and `{NAME}` for a shared word list. Sources are lowercase: they run on the output of
 * `prepareText`.
 */
export interface PatternDef {
  readonly id: string;
  readonly trap: TrapId;
  readonly prior: number;
  readonly regex: RegExp;
  /** How a match can begin (see `leadingPrefixes`); undefined when it could begin anywhere. */
  readonly prefixes: readonly string[] | undefined;
}

const MACROS: Readonly<Record<string, string>> = {
  IM: "(?:i'?m|i am|i feel like i'?m|i feel like i am)",
  IWILL: "(?:i'll|i will|i'?m going to|i am going to|i'?m gonna|i am gonna|i'?d|i would)",
  // Attached to its subject, with no space before it in a source: "they{WILL}".
  WILL: "(?:'ll|'?s going to|'?re going to|'?re gonna| will| is going to| are going to| is gonna| are gonna| gonna| would)",
  OTHER:
    "(?:he|she|they|you|everyone|everybody|people|others|nobody|no one|noone|someone|somebody|the others|all of them|(?:my|his|her|their|our|the|your) [\\p{L}-]+(?: [\\p{L}-]+)?)",
  INT: "(?:(?:just|such|so|really|very|totally|completely|utterly|truly|absolutely|basically|literally|always|still|being|kind of|kinda|pretty|quite|too|even|only|also|nothing but|a|an|the|one|(?:a|an) (?:total|complete|real|absolute|utter|huge|massive|big|giant|fat|stupid|useless|pathetic|worthless|ugly)) )*",
  ROLE: "(?:person|human(?: being)?|mother|mom|mum|father|dad|parent|friend|wife|husband|partner|daughter|son|sister|brother|employee|worker|student|teacher|boss|writer|cook|girlfriend|boyfriend|manager|leader|colleague|coworker|player|lover|child|kid|man|woman|guy|girl|aunt|uncle|grandmother|grandfather|spouse|artist|musician|singer|driver|dancer|neighbor|neighbour|sibling)",
  NEGN: "(?:loser|failure|idiot|moron|fool|joke|mess|disappointment|disgrace|fraud|nobody|nothing|zero|freak|weirdo|coward|jerk|screw-?up|f[u*]ck-?up|reject|outcast|pig|monster|hypocrite|wreck|waste(?: of (?:space|time|air|oxygen|life))?|slob|whale|troll|creep|embarrassment|let-?down|dumbass|clown|burnout|nerd|psycho|mistake|fake|liar|cow|bitch|klutz|dork|wimp|weakling|pushover|doormat|baby|crybaby|basket case|headcase|head case|charity case|lost cause|no-one|nonentity|sham|phony|phoney|imposter|impostor|parasite|leech|piece of (?:shit|crap|garbage|trash)|trash|garbage|(?:bad|terrible|horrible|awful|lousy|rubbish|crappy|shitty|worthless|useless|pathetic|failed|sorry|poor|selfish) {ROLE}|(?:worst|biggest) [\\p{L}-]+)",
  NEGA: "(?:stupid|dumb|worthless|useless|pathetic|hopeless|helpless|incompetent|unlovable|unloveable|unlikable|unlikeable|ugly|fat|gross|disgusting|lazy|weak|boring|selfish|annoying|awkward|broken|defective|inadequate|hideous|unattractive|undesirable|unworthy|crazy|insane|thoughtless|self-?centered|inconsiderate|irresponsible|clumsy|needy|clingy|unwanted|unloved|evil|toxic|horrible|terrible|awful|rubbish|trash|garbage|repulsive|revolting|pitiful|incapable|unintelligent|ignorant|a mess|a wreck|damaged|messed up|fucked up|screwed up|weird|abnormal|mediocre|inferior|substandard|dull|unimportant|irrelevant|invisible|unlovable|no good|not good|bad|lame|cringe|cringy|cringey|psycho|unhinged|naive|gullible|spineless|cowardly|fake)",
  EMO: "(?:scared|afraid|anxious|nervous|sad|guilty|ashamed|embarrassed|angry|upset|worried|lonely|hopeless|helpless|stupid|useless|worthless|ugly|fat|bored|depressed|overwhelmed|terrified|frightened|jealous|insecure|unloved|unwanted|awkward|uneasy|uncomfortable|like a failure|like a fraud|like an idiot|like a burden|like a loser|bad|terrible|awful|dumb|incompetent|inadequate)",
  // What the people around the writer carry: the writer, or their moods and illness.
  CARRY:
    "(?:(?:deal|put up|cope|live|dealing|putting up) (?:with|wiht|wit|w)|look after|looking after|take care of|taking care of|care for|carry|carrying|babysit|tolerate|handle|worry about|listen to|support|clean up after|walk on eggshells around) (?:me|someone like me|my (?:moods?|mood swings|depression|anxiety|illness|mental health|mental illness|breakdowns?|meltdowns?|episodes?|outbursts?|bad days|baggage|drama|problems|issues|bs|shit|crap))",
  GOODA:
    "(?:good|smart|clever|pretty|attractive|strong|interesting|funny|talented|thin|skinny|successful|worthy|capable|fast|quick|brave|confident|popular|important|likeable|likable|lovable|loveable|fit|rich|normal|mature|experienced|qualified)",
  HARD: "(?:fail|flunk|mess(?: it| this| that| everything)? up|screw(?: it| this| that| everything)? up|blow it|bomb|ruin|lose|embarrass|humiliate|make a fool|choke|forget|freeze|panic|break down|cry|be (?:alone|rejected|fired|dumped|left|a disaster|a failure|terrible|awful|horrible|bad|miserable|unhappy|lonely|broke|homeless|late|embarrassed|laughed at)|get (?:fired|sacked|rejected|dumped|hurt|sick|worse|nothing|nowhere)|end up (?:alone|broke|homeless|with nothing|hurt|fired|miserable|like)|go (?:badly|wrong|terribly|horribly)|never)",
  NEVERGOOD:
    "(?:get better|get it right|be happy|be good enough|be enough|be loved|find (?:love|someone|anyone|a job|work|a partner|happiness)|make it|succeed|change|improve|get over|recover|be normal|be able|amount to anything|fit in|be (?:okay|ok|fine|successful))",
};

const MAX_MACRO_DEPTH = 4;

function expand(source: string): string {
  let out = source;
  for (let depth = 0; depth < MAX_MACRO_DEPTH && out.includes("{"); depth++) {
    out = out.replace(/\{([A-Z]+)\}/g, (whole, name: string) => MACROS[name] ?? whole);
  }
  return out;
}

function compile(expanded: string): RegExp {
  const body = expanded.replace(/ /g, "\\s+");
  // Explicit word edges, as `\b` only knows ASCII letters; a match may also begin at the
  // apostrophe of a contraction ("'ll" in "they'll").
  return new RegExp(`(?:(?<![\\p{L}\\p{N}'])|(?='))(?:${body})(?![\\p{L}\\p{N}])`, "uy");
}

type Source = readonly [prior: number, source: string];

/** Sources per trap; order matters only for pattern ids, which the model refers to. */
const SOURCES: Readonly<Record<TrapId, readonly Source[]>> = {
  "all-or-nothing": [
    [
      1.5,
      "(?:total|complete|utter|absolute|epic|massive|colossal) (?:failure|disaster|loser|mess|waste|idiot|fool|joke|wreck)",
    ],
    [1.2, "(?:completely|totally|entirely|utterly|absolutely|100%|wholly)(?: \\p{L}+)?"],
    [
      1.4,
      "(?:ruined|wrecked|destroyed|blew|blown|messed up|screwed up|lost) (?:everything|it all|the whole \\p{L}+|all of it|my whole \\p{L}+)",
    ],
    [
      1.4,
      "(?:everything|all|it all) (?:is|was|'?s) (?:ruined|lost|wrecked|pointless|wrong|a mess|a waste)",
    ],
    [1.2, "(?:perfect|perfectly|flawless|flawlessly)"],
    [
      1.3,
      "(?:either|if (?:it|i|this)(?:'?s| is|'m| am)? not) [^.!?]{0,40}(?:then|or) [^.!?]{0,20}(?:worthless|failure|nothing|pointless|useless|rubbish|waste)",
    ],
    [
      1.2,
      "(?:not|isn'?t|wasn'?t|never|aren'?t) (?:\\p{L}+ )?(?:{GOODA}|enough|worthy|perfect) enough",
    ],
    [
      1.1,
      "(?:can'?t|cannot|couldn'?t|never|don'?t) (?:do|get|say|make) (?:anything|a single thing|one thing|nothing) (?:right|well|properly|correctly)",
    ],
    [1.1, "(?:nothing|everything) (?:i do|i try|i say|i make|about me|in my life)"],
    [1.0, "(?:any|no) good"],
    [1.0, "(?:a|the) (?:zero|waste)"],
    [0.8, "(?:worthless|pointless|useless|hopeless|meaningless)"],
    [1.0, "(?:all|nothing|everything) (?:or|and) nothing"],
    [0.8, "(?:no|zero|not a single|not one) (?:progress|point|chance|hope|leads|use|value|one)"],
    [0.8, "(?:not|never) (?:getting|going|get|got) anywhere"],
    [0.5, "(?:at all|whatsoever|in the world|of all time|ever)"],
    [0.5, "(?:failure|failed|failing|fail)"],
    [
      1.3,
      "(?:why bother|what'?s the point|no point (?:in )?(?:trying|even|going on)|anything less than|less than perfect|good for nothing|blew it|blown it)",
    ],
    [
      1.2,
      "(?:the|my) (?:whole|entire) \\p{L}+ (?:is|was|'?s) (?:ruined|wrecked|a disaster|a waste|pointless|over|a failure|a write-off)",
    ],
    [
      1.1,
      "(?:one|a single) (?:mistake|slip|error|bad \\p{L}+|failure) (?:and|means|ruins|ruined|makes|proves)",
    ],
    [1.0, "(?:nothing|none of it) (?:went|goes|is going|ever goes) (?:right|well|my way)"],
  ],
  overgeneralizing: [
    [1.6, "(?:always|never|constantly|forever)"],
    [
      1.6,
      "(?:every|each) (?:single )?(?:time|day|night|week|year|person|one of them|relationship|job)",
    ],
    [
      1.4,
      "(?:nothing|no one|nobody|noone|nothing ever|no one ever|nobody ever) (?:ever )?(?:goes|works|turns out|likes|loves|cares|wants|listens|understands|notices|helps|calls|texts|asks|remembers|invites|picks|chooses)",
    ],
    [
      1.4,
      "(?:everyone|everybody|people|they all|all of them|the whole world) (?:always |all )?(?:hates?|leaves?|abandons?|rejects?|ignores?|uses?|lies?|lets? me down|bullies|bully|betrays?|laughs? at|gives? up on|forgets?|hurts?) (?:me|on me|to me)",
    ],
    [1.3, "(?:all|any) the time"],
    [
      1.2,
      "(?:again and again|over and over|time after time|yet again|as usual|like always|typical|same old|story of my life|it never ends|every single|here we go again)",
    ],
    [1.2, "(?:whenever|anytime|any time) i"],
    [1.0, "(?:nothing|everything) (?:ever|always)"],
    [1.0, "(?:no one|nobody|noone) (?:cares|likes me|loves me|wants me|understands|listens)"],
    [0.6, "(?:everyone|everybody|nobody|no one|noone|anyone|anybody)"],
    [0.5, "(?:still|again|anymore|any more)"],
    [0.8, "(?:i|they|he|she|people) (?:can'?t|cannot|couldn'?t) ever"],
    [
      1.3,
      "(?:all|every) (?:men|women|guys|girls|people|doctors|bosses|teachers|relationships|friends) (?:are|do|want|just|will|end|leave)|(?:are|'re) all the same|they all (?:cheat|lie|leave|hate|want|do|are)",
    ],
    [
      1.2,
      "(?:this|it|that) (?:always|keeps|keep) happen(?:s|ing)?|keeps? happening|of course (?:this|it) (?:happened|happens)",
    ],
  ],
  "mental-filter": [
    [
      0.8,
      "(?:but|except|only|just) (?:for )?(?:the|that|this|one) (?:one )?(?:thing|mistake|comment|remark|bit|part|moment|error|slip|question|criticism|typo|problem|flaw|detail)",
    ],
    [
      0.85,
      "all i (?:can|could|keep|kept) (?:think|thinking|focus|focusing|dwell|dwelling|remember|remembering|hear|hearing|see|seeing) (?:about|of|on)?",
    ],
    [
      0.75,
      "(?:can'?t|cannot|couldn'?t) stop (?:thinking|replaying|going over|dwelling|obsessing|focusing) (?:about|of|on|over)? (?:the|that|this|how|what|my|one)",
    ],
    [
      0.8,
      "(?:one|a single|that one|one little|one small|one tiny|one stupid|one bad) (?:mistake|comment|remark|criticism|error|thing|slip|moment|bad review|complaint|typo|question|look|word) (?:ruined|spoiled|wrecked|destroyed|undid|erased|cancels?|outweighs?|is all)",
    ],
    [
      0.7,
      "(?:that|one|this|the) (?:\\p{L}+ )?(?:mistake|comment|remark|criticism|error|slip|moment|complaint|typo) (?:ruined|spoiled|wrecked|overshadowed) (?:the|my) (?:whole|entire) \\p{L}+",
    ],
    [
      0.8,
      "(?:all|the only thing) (?:i|that i) (?:remember|noticed|notice|see|saw|heard|hear|recall) (?:is|was|were)",
    ],
    [0.7, "(?:the only (?:thing|part|bit) that (?:matters|mattered|counts|counted|sticks|stuck))"],
    [
      0.75,
      "(?:keep|keeps|kept) (?:replaying|playing|going over|thinking about|coming back to|going back to|dwelling on|obsessing over|focusing on|remembering) (?:the|that|this|one|my|what|how)",
    ],
    [
      0.7,
      "(?:everything else|the rest) (?:was|went|is|were) (?:fine|good|great|okay|ok|well|perfect|nice)(?:,)? but",
    ],
    [
      0.7,
      "(?:focus|focusing|focused|fixate|fixating|fixated|dwell|dwelling|dwelt) on (?:the|that|my|one) (?:one |bad |negative |worst |little )?(?:thing|mistake|part|bit|comment|flaw|detail|moment|negative|bad)",
    ],
    [
      0.65,
      "(?:even though|although|despite) [^.!?]{0,60}(?:all i|i (?:only|just|still) (?:think|remember|see|notice|focus))",
    ],
    [
      0.7,
      "(?:ruined|spoiled|wrecked|overshadowed) (?:\\p{L}+ ){0,3}(?:because of|by|over) (?:one|a single|that one|one little|one small|one bad|one stupid|a tiny)",
    ],
  ],
  "discounting-positive": [
    [
      1.6,
      "(?:just|only|simply|merely|was|were|is|are|'re|'s) (?:just |only )?(?:being|trying to be|saying that to be|saying it to be) (?:nice|kind|polite|friendly|supportive|generous|sweet|nice to me|kind to me)",
    ],
    [
      1.5,
      "(?:doesn'?t|does not|didn'?t|did not|don'?t|do not|won'?t|will not|wouldn'?t) (?:really )?(?:count|matter|mean (?:anything|much|a thing|that|i))",
    ],
    [
      1.5,
      "(?:anyone|anybody|any idiot|any fool|a child|a kid|a monkey|everyone) (?:could|can|would) (?:have )?(?:done|do|manage|pass|passed|get|got|make|made)",
    ],
    [
      1.4,
      "(?:got|was|were|just|pure|dumb|sheer) (?:lucky|luck|a fluke|fluke|chance|an accident|a coincidence)",
    ],
    [1.3, "(?:yes|yeah|sure|ok|okay),? but"],
    [1.3, "(?:had|have|has|were|was|are|is) (?:supposed|obliged|paid|required) to (?:say|be|do)"],
    [
      1.3,
      "(?:only|just) (?:said|say|says|did|do|does|complimented|praised|helped|invited|called|asked|hired|chose|picked|got|won|passed|made) (?:\\p{L}+ ){0,3}(?:because|out of|to be|since)|(?:say|says|said) (?:that|it|this|so) to (?:everyone|everybody|anyone|anybody)",
    ],
    [
      1.2,
      "(?:that|it|this|those|these) (?:was|were|is|are) (?:easy|nothing|no big deal|not a big deal|not hard|nothing special)",
    ],
    [
      1.2,
      "(?:means|meant|proves|proved|counts for|amounts to) (?:nothing|little|zero|very little)",
    ],
    [
      1.0,
      "(?:still|but) (?:feel|felt|am|was|i'?m) (?:like )?(?:a )?(?:failure|shit|crap|rubbish|useless|worthless|nothing|bad|terrible|awful)",
    ],
    [
      1.0,
      "(?:wasted|waste of|down the drain|for nothing|in vain|were wasted|are wasted|was wasted)",
    ],
    [0.8, "(?:but|though|yet) (?:i|it|that|they|she|he) (?:still|only|just)"],
    [
      0.9,
      "(?:even though|although|despite|even if) (?:i|i'?m|i am|i have|i'?ve|i do|i did|they|she|he|everyone|people) (?:\\p{L}+ )?(?:\\p{L}+ )?(?:good|well|great|nice|hard|a lot|alot|my best|everything|right|strong|pretty|smart|praised|said|told|like|love|run|work|worked|tried|try)",
    ],
    [0.6, "(?:so what|big deal|whatever)"],
    [
      1.4,
      "(?:out of pity|felt sorry for me|feel sorry for me|feels sorry for me|have to say that|had to say that|has to say that|that'?s (?:their|his|her|your) job)",
    ],
    [
      1.3,
      "(?:doesn'?t|does not|didn'?t|did not) (?:really )?(?:mean|prove|show) (?:i'?m|i am|that i'?m|that i am|i was|i'?ve|anything)",
    ],
    [1.1, "(?:not|wasn'?t|isn'?t) (?:a )?real (?:achievement|success|accomplishment|progress|win)"],
  ],
  "mind-reading": [
    [
      1.8,
      "{OTHER} (?:(?:must|probably|definitely|obviously|clearly|secretly|all|just|really|totally|surely|likely) )*(?:think|thinks|thought|believe|believes|believed|sees?|saw|see|find|finds|found|consider|considers|know|knows|knew|assume|assumes|feel|feels|felt) (?:that )?(?:i'?m|i am|i was|i'?ve|i have|me|my|i)",
    ],
    [1.4, "(?:hates?|hated|despises?|can'?t stand|resents?|dislikes?) (?:me|us)"],
    [
      1.6,
      "(?:doesn'?t|does not|don'?t|do not|didn'?t|did not|won'?t|never) (?:really |even |actually )?(?:like|love|care about|want|trust|respect|value|need|care for|appreciate|think about|miss|want to (?:see|talk to|be with|hang out with|spend time with)) (?:me|us)",
    ],
    [
      1.6,
      "(?:judging|judge|judged|judges|laughing at|laugh at|laughed at|making fun of|mocking|mock|talking about|gossiping about|staring at|looking down (?:on|upon)|look down (?:on|upon)|whispering about|pitying|pity) (?:me|us|my)",
    ],
    [
      1.5,
      "(?:is|are|was|were|'?s|'?re|be|get|getting)(?: (?:so|really|very|probably|definitely|obviously|secretly|totally|still|all|just|kind of|pretty|getting|becoming))* (?:mad|angry|annoyed|upset|disappointed|irritated|fed up|sick|tired|bored|disgusted|ashamed|embarrassed|furious) (?:at|with|of|by|in) me",
    ],
    [1.4, "(?:ignoring|avoiding|ignores|avoids|ignored|avoided) me"],
    [
      1.4,
      "(?:they|he|she|everyone|people|everybody) (?:can|could) (?:tell|see|sense|notice) (?:that|i|how|my)",
    ],
    [
      1.3,
      "(?:i know|i bet|i can tell|i just know|i'?m sure|i am sure|i'?m certain|obviously|clearly) (?:that )?(?:he|she|they|everyone|everybody|people|my \\p{L}+|the \\p{L}+)",
    ],
    [
      1.3,
      "(?:must|probably|secretly) (?:think|thinks|hate|hates|be (?:angry|mad|annoyed|upset|judging|laughing))",
    ],
    [1.2, "(?:doesn'?t|does not|don'?t|do not) (?:want|like) (?:to (?:\\p{L}+ )?)?(?:with )?me"],
    [1.2, "(?:not|isn'?t|aren'?t|wasn'?t) (?:interested|into me|attracted)"],
    [
      1.1,
      "(?:wants?|want(?:ed)?) (?:to get rid of|nothing to do with|to leave|to dump|to break up with) me",
    ],
    [1.0, "(?:thinks?|thought) (?:i'?m|i am|i was|i should|i can'?t|i don'?t)"],
    [
      0.9,
      "(?:maybe|perhaps|probably) (?:he|she|they|everyone|nobody|no one|my \\p{L}+) (?:doesn'?t|don'?t|isn'?t|aren'?t|didn'?t|won'?t|wants?|thinks?|hates?|is|are|was|were|knew|knows|just)",
    ],
    [
      0.8,
      "(?:cheating on me|hiding something|lying to me|using me|out to get me|against me|plotting|taking advantage of me|grudge)",
    ],
    [
      1.4,
      "(?:doesn'?t|don'?t|didn'?t|does not|do not|did not|won'?t|never) (?:really |even |actually )?want (?:to be )?(?:my friend|friends with me|with me|around me|me around|to see me|me there|me here|me in)",
    ],
    [
      1.4,
      "(?:tolerating|putting up with|pretending to like|feeling sorry for|tired of|bored of|sick of|fed up with) me",
    ],
    [
      1.4,
      "(?:find|finds|found) me (?:so |really |too )?(?:boring|annoying|weird|stupid|ugly|unattractive|creepy|awkward|too much|unbearable|irritating|dull|pathetic|disgusting|strange|odd|needy|clingy)",
    ],
    [
      1.4,
      "(?:don'?t|doesn'?t|didn'?t|do not|does not|did not) want me (?:here|there|around|to come|to be|in)",
    ],
    [
      1.3,
      "(?:was|were|is|are|'re|'s) (?:all )?(?:talking|whispering|laughing|gossiping|joking) about me",
    ],
    [
      1.2,
      "(?:looked|looks|look|looking|stared|stares|treats?|treated|talks? to|talked to|spoke to) (?:at )?me like (?:i'?m|i am|i was|a|an)",
    ],
    [
      1.3,
      "(?:nobody|no one|noone|they|he|she) (?:really |even |actually )?(?:wants?|wanted) to (?:talk to|be with|see|hang out with|spend time with|be friends with|date|be around|listen to|sit with) me|(?:i'?m|i am|i was) (?:probably |just |always )?(?:annoying|bothering|boring|irritating|disappointing|upsetting|embarrassing) (?:him|her|them|my \\p{L}+|everyone|everybody|people|you|the \\p{L}+)|(?:make|made|makes) fun of me|(?:is|'s|are|'re|was|were) (?:probably |secretly )?thinking (?:that )?(?:i|i'?m|i am|i was|i have|about how i)",
    ],
  ],
  "fortune-telling": [
    [
      1.8,
      "{IWILL} (?:(?:probably|definitely|certainly|surely|just|only|totally|completely|never|always|end up|likely|still|gonna|going to) )*(?:not |never )?{HARD}",
    ],
    [1.6, "{IWILL} (?:probably |definitely |certainly |surely |just |still )?never {NEVERGOOD}"],
    [
      1.5,
      "(?:i'?ll|i will|i'?m going to|i am going to) (?:never|not) (?:be able to|manage to|get to|make it|find|get|have|pass|finish)",
    ],
    [
      1.6,
      "(?:won'?t|will not|wouldn'?t|never going to|not going to|isn'?t going to|aren'?t going to|ain'?t going to|not gonna) (?:ever |even |really )?(?:work|help|work out|get better|change|improve|last|matter|like me|love me|want|pass|happen|succeed|go well|be (?:able|enough|ok|okay|fine|any good|the same|good)|get (?:it|the|a|in|any|better|done|paid)|make it|understand|care|come|call|text|call back|answer|reply|show up|find|hire|accept|choose|pick)",
    ],
    [
      1.5,
      "(?:it|this|that|things|everything|the \\p{L}+|my \\p{L}+|tomorrow|today|tonight){WILL} (?:probably |definitely |surely |certainly |just |only )?(?:go (?:badly|wrong|terribly|horribly|bad)|fail|blow up|fall apart|be (?:awful|terrible|horrible|a disaster|a nightmare|a drag|boring|a waste|bad|worse|pointless|a mess|ruined|over|embarrassing|humiliating|miserable|rubbish|a failure)|end (?:badly|in disaster)|never|not)",
    ],
    [
      1.5,
      "(?:they|he|she|everyone|everybody|people|nobody|no one|my \\p{L}+|the \\p{L}+|his \\p{L}+|her \\p{L}+|our \\p{L}+|mom|mum|dad|grandma|grandpa|granny|boss|teacher){WILL} (?:probably |definitely |surely |all |just |eventually |soon |never )?(?:leave|dump|reject|abandon|laugh|hate|judge|fire|forget|notice|think|see|find out|realize|realise|be (?:so |very |really |really really )?(?:angry|mad|upset|disappointed|annoyed|furious|bored|disgusted|ashamed)|look down|stop|give up|ignore|turn|say no|cancel|break up|want|like|love|care|miss|show up|come|talk|hire|choose|want to)",
    ],
    [1.4, "(?:what if|what happens if|what'?s going to happen if|suppose)"],
    [
      1.3,
      "(?:i know|i just know|i bet|i'?m sure|i am sure|i'?m certain|i am certain|no doubt|bound to|doomed to|destined to|sure to|guaranteed to|there'?s no way|no way (?:i|it|this|they|she|he)|never going to|not going to|no chance)",
    ],
    [
      1.2,
      "(?:something|someone|somebody|things) (?:bad |terrible |awful |horrible )?(?:will|'ll|is going to|are going to|could|might|may) (?:go wrong|happen|break|get hurt|fall|die|hurt)",
    ],
    [
      1.0,
      "(?:i'?ll|i will|i'?m going to|i am going to|i'?m gonna) (?:be|end up|stay|get|look|make|have to|lose|always)",
    ],
    [1.0, "(?:might|may|could) (?:never|not) (?:get|be|find|make|see|pass|have|come|work)"],
    [1.0, "(?:won'?t|will not|never) (?:ever )?(?:again|be able)"],
    [
      1.2,
      "(?:always|forever) will be|will (?:always|forever) be|(?:i )?don'?t think (?:i|it|this|they|he|she|things) (?:can|will|'ll|could|would) (?:ever )?(?:get|be|do|make|work|pass|find|change|go)",
    ],
    [0.8, "(?:will|'ll|going to|gonna) (?:never|not)"],
    [0.4, "(?:will|'ll|won'?t|going to|gonna)"],
    [
      1.5,
      "(?:nothing|no one|nobody|noone){WILL} (?:ever )?(?:change|help|work|hire|want|love|like|care|understand|get better|be different|marry|date|choose|pick|listen)",
    ],
    [
      1.5,
      "(?:i'?m|i am|it'?s|it is|this is|things are|they'?re|they are|he'?s|he is|she'?s|she is) (?:never|not) (?:ever )?(?:going to|gonna) (?:get|be|work|change|happen|find|make|pass|like|love|want|improve|end|go|last|succeed)",
    ],
  ],
  catastrophizing: [
    [
      1.6,
      "(?:disaster|disastrous|catastrophe|catastrophic|nightmare|tragedy|tragic|devastating|devastated|apocalypse|end of the world|doomed|unbearable|unbearably|intolerable|unsurvivable)",
    ],
    [
      1.6,
      "(?:can'?t|cannot|couldn'?t|won'?t be able to|not able to) (?:stand|take|bear|handle|cope with|cope|survive|deal with|function|go on|live with|take it|face)",
    ],
    [
      1.6,
      "(?:my|our|his|her) (?:life|career|marriage|relationship|future|world|reputation|chance|chances) (?:is|are|will be|would be|'?s) (?:over|ruined|finished|done|destroyed|gone|wrecked|doomed|hopeless|worthless)",
    ],
    [
      1.5,
      "(?:the )?worst (?:thing|day|night|week|year|possible|ever|mistake|person|moment|of all|in the world|that could)",
    ],
    [
      1.5,
      "(?:die|dying|dead|death|kill me|killing me|going to die|will die|could die|might die|heart attack|cancer|tumou?r|stroke|serious illness|terminal|stop breathing)",
    ],
    [
      1.4,
      "(?:lose|lost|losing) (?:my |our |the |all my |everything|everyone|it all)(?:job|house|home|friends?|family|everything|mind|wife|husband|partner|kids|children|money|reputation|sanity)?",
    ],
    [
      1.4,
      "(?:get|got|getting|be|being) (?:fired|sacked|the sack|kicked out|evicted|expelled|dumped|divorced|arrested)",
    ],
    [
      1.2,
      "(?:terrible|horrible|awful|horrific|dreadful|horrendous|atrocious|catastrophically|hopeless|ruined|ruin|ruins|destroyed|wrecked|finished|falling apart|fall apart|homeless|bankrupt)",
    ],
    [
      1.3,
      "(?:how|this is|that is|that'?s|it'?s|it is) (?:so |just |absolutely )?(?:terrible|awful|horrible|bad|the worst)",
    ],
    [1.2, "(?:go|going|went|drive|drives|driving) (?:crazy|insane|mad|nuts|out of my mind)"],
    [1.2, "(?:never|not) (?:recover|get over|survive|be the same|be happy again|get better)"],
    [
      1.1,
      "(?:too (?:much|hard|late|far)|can'?t pay|can'?t afford|no money|no way out|out of control|no hope|all hope)",
    ],
    [1.0, "(?:panic|scared to death|terrified|freaking out|freak out)"],
    [
      0.9,
      "(?:what if|might|could|may) (?:i |he |she |they |it |something |we )?(?:die|lose (?:my|our|the|every|it)|get (?:fired|sick|hurt|worse|cancer|kicked)|never|have (?:cancer|a heart|a stroke|a serious|something serious)|stop breathing|break down|fall apart|end up)",
    ],
  ],
  "emotional-reasoning": [
    [
      1.9,
      "(?:i (?:feel|felt|am feeling|'?m feeling)|{IM} (?:so |really |very |feeling )?{EMO}) [^.!?;]{0,30}?[,;]? (?:so|therefore|thus|which means|that means|this means|it means|meaning|and that means|that proves|which proves|it must mean|must mean)(?: that)? (?:i|i'?m|i am|it|this|that|something|everyone|they|he|she|people|nobody|no one|(?:\\p{L}+ ){1,3}(?:must|has to|have to|means|proves))",
    ],
    [1.8, "(?:because|since|as|cause|'cause) i (?:feel|felt|am feeling|'?m feeling)"],
    [
      1.7,
      "i (?:feel|felt) (?:it|this|that|so)[,;]? (?:so|therefore|then|which means|that means) (?:it|this|that)",
    ],
    [
      1.6,
      "(?:if|when) i (?:feel|am feeling|'?m feeling|felt) [^.!?]{1,40}(?:it|this|that|i) (?:must|means|has to|proves)",
    ],
    [1.5, "(?:feels?|felt) (?:so |too )?(?:true|real|right|wrong|obvious|certain)"],
    [1.4, "(?:my gut|my instincts?|my heart) (?:says|tells|told|knows)"],
    [1.3, "(?:makes?|made|making) me (?:feel )?{EMO}[,;]? so"],
    [
      1.2,
      "i (?:feel|felt) (?:like )?(?:i'?m |i am |i was )?(?:a |an |so )?(?:useless|worthless|stupid|hopeless|guilty|ugly|unloved|unwanted|unlovable|unworthy|inadequate|a failure|a fraud|a burden|dumb|incompetent|pathetic|fat|disgusting|crazy|insane|like a failure|like a fraud|like an idiot|like a loser|like a bad|invisible|like nobody|like no one|ashamed|embarrassed)",
    ],
    [
      1.0,
      "(?:i|i'?m|i am) (?:so |really |very )?(?:scared|afraid|anxious|nervous|worried|terrified|frightened|fearful) (?:that|of|something|i|it)",
    ],
    [0.9, "(?:i|it|everything) (?:feel|feels|felt) (?:like|as if|as though|that)"],
    [0.4, "(?:feel|feels|feeling|felt)"],
    [
      1.4,
      "(?:so|then) (?:it|this|that|i|they|he|she|something) (?:must|has to|have to) be (?:true|real|right|dangerous|bad|wrong|the case|impossible|hopeless|serious)",
    ],
  ],
  "should-statements": [
    // Not a rule when it is a question or a suggestion: "should I", "not sure if I should",
    // "I should probably".
    [
      2.0,
      "(?<!(?:if|whether|wonder|sure|what|how|where|when|why) (?:i|we) )(?:should(?! (?:i|we|probably|maybe|perhaps)(?![\\p{L}']))|shouldn'?t|should'?ve|should have|should not|ought to|ought not|oughta)",
    ],
    [
      1.6,
      "(?:i|you|he|she|they|we|people|everyone|my \\p{L}+) (?:must|mustn'?t|must not|have got to|'?ve got to|got to|gotta) (?:not|always|never|be (?:able|perfect|better|strong|good|happy|stronger|thinner|over|done|well)|make|do|get|know|stop|keep|look|try|win|finish|fix|please|impress)",
    ],
    [
      1.4,
      "(?:i|you|he|she|they|we|people|everyone) (?:have|has|had|need|needs|needed) to (?:be|stop|keep|look|try|win|fix|please|impress|always|never|prove|get it right)",
    ],
    [
      0.9,
      "(?:i'?m|i am|you'?re|you are|he'?s|he is|she'?s|she is|they'?re|they are|we'?re|we are|people are) (?:supposed|expected|meant|required|obliged|obligated) to be",
    ],
    [
      1.2,
      "(?:not allowed to|no excuse|no excuses|by now|at my age|grown adult|grown man|grown woman)",
    ],
    [0.3, "(?:must|mustn'?t|have to|has to|need to|needs to|got to|gotta)"],
    [
      1.6,
      "(?:a|any) (?:good|real|proper|decent|normal|strong) \\p{L}+ (?:would|should|must|wouldn'?t|shouldn'?t|doesn'?t|don'?t|always|never)|real (?:men|women) (?:don'?t|do|never|always)",
    ],
    [
      1.2,
      "(?:need|needs|have|has) to be (?:perfect|better|stronger|thinner|smarter|more|less|happy|the best|in control|strong)",
    ],
  ],
  labeling: [
    [2.0, "{IM} {INT}{NEGN}"],
    [1.9, "{IM} {INT}{NEGA}"],
    [
      1.4,
      "(?:i'?m|i am|im) (?:such|a total|a complete|a real|an absolute|a huge|a massive) (?:a |an )?\\p{L}+",
    ],
    [
      1.6,
      "(?:what|such) (?:a|an) (?:\\p{L}+ )?(?:loser|idiot|jerk|moron|fool|failure|joke|mess|disappointment|loser|baby|pig|freak|bitch|creep|slob|dumbass|hypocrite|coward)",
    ],
    [
      1.6,
      "(?:he|she|they|you|(?:my|his|her|their|the) \\p{L}+)(?:'?s|'?re| is| are| was| were) {INT}(?:(?:{NEGA}) )?(?:{NEGN}|selfish|stupid|lazy|inconsiderate|useless|worthless|pathetic|idiots?|jerks?|morons?|losers?|evil|cruel|mean|heartless|toxic|narcissists?|liars?|hypocrites?|incompetent|irresponsible|thoughtless|arrogant|rude|ignorant|crazy|insane|psychos?|monsters?|a joke|a mess|bitch|bitches|bastards?|assholes?|awful|terrible|horrible|uncaring|careless|unreasonable|a failure|failures)",
    ],
    [
      1.5,
      "(?:i|i'?m|i am) (?:just |really |truly )?(?:hate|loathe|despise|can'?t stand) (?:myself|me|who i am|everything about me|my body|my face|the way i)",
    ],
    [
      1.4,
      "(?:i'?m|i am|im) (?:not|never) (?:\\p{L}+ )?(?:good|smart|pretty|attractive|strong|interesting|lovable|loveable|likable|likeable|worth|worthy)(?: enough)?",
    ],
    [
      1.4,
      "(?:i'?m|i am|im|i'?ve become|i became|i'?ll always be|i will always be|i'?m always) (?:the )?(?:worst|dumbest|ugliest|biggest loser|stupidest|weakest|least)",
    ],
    [
      1.3,
      "(?:i|i'?m|i am) (?:(?:just|so|really) )?(?:can'?t|cannot|am unable to|'m unable to) (?:do|get|sing|draw|cook|write|dance|talk|love|keep|hold|make) (?:anything|a thing|it|this)",
    ],
    [
      1.2,
      "(?:makes|made|make|proves?|proved|shows?|showed) (?:me )?(?:(?:that|what|how) )?(?:a |an |i'?m |i am )?(?:\\p{L}+ )?(?:{NEGN}|{NEGA})(?: i am| i'?m)?",
    ],
    [0.9, "(?:being|been) (?:a |an |so )?(?:{NEGN}|{NEGA})"],
    [
      0.8,
      "(?:worthlessness|uselessness|unworthy|unworthiness|self-?hatred|self-?loathing|failure|loser|idiot|stupid|worthless|pathetic|ugly|unlovable|useless|incompetent|lazy|selfish)",
    ],
    [
      1.4,
      "(?:people|men|women|they|all of them|everyone) (?:are|'re) (?:all |just |so )?(?:idiots|selfish|jerks|liars|morons|fake|cruel|evil|stupid|useless|heartless|terrible|awful|the worst|assholes|bastards|pigs|users|trash|garbage)",
    ],
  ],
  personalizing: [
    [2.0, "(?:(?:it'?s|it is|it was|it'?s all|it is all|it was all|all) )?(?:my|me own) fault"],
    [
      1.8,
      "(?:because of|due to|thanks to|on account of) (?:me|my (?:behaviou?r|mistake|attitude|actions|words|personality|depression|problems|moods?|temper))",
    ],
    [
      1.7,
      "(?:i'?m|i am|i was|i'?m the one|i am the one) (?:to blame|responsible|the (?:reason|cause|problem)|the one who)",
    ],
    [
      1.6,
      "(?:i|i'?ve|i have) (?:caused|made|ruined|wrecked|destroyed|spoiled|broke|broken|let) (?:this|it|that|everything|them|him|her|the|my|our|everyone)",
    ],
    [
      1.5,
      "(?:if (?:only )?i|had i) (?:had|hadn'?t|were|was|would have|'?d|did|didn'?t|just|only|could have|tried|been|pushed|made|said|called|left|stayed)",
    ],
    [
      1.5,
      "(?:what did i do|what have i done|did i do something|i must have done|i did something|i said something|i must have said|was it (?:me|something i))",
    ],
    [
      1.4,
      "i (?:must|might|probably) (?:have )?(?:upset|hurt|annoyed|offended|said|done|made|caused|bored|disappointed|angered|pushed)",
    ],
    [1.4, "(?:blame myself|blaming myself|blamed myself|my responsibility|my doing)"],
    [
      1.3,
      "(?:i (?:made|make|upset|hurt|disappointed|let down|annoyed|bored|drove away)) (?:him|her|them|my \\p{L}+|everyone|people|you|the \\p{L}+)",
    ],
    [
      1.2,
      "(?:because|since|cause|'cause) (?:i|i'?m|i am|i was|of something i) (?:(?:not|wasn'?t|didn'?t|'m not|am not|never|too|so|such|a|an|just) )*(?:(?:good|smart|pretty|enough|interesting|fun|attractive) enough|{NEGA}|{NEGN}|wrong|did something|said something|messed|screwed|failed|let)",
    ],
    [0.3, "(?:about me|at me|with me|towards? me)"],
    [
      1.4,
      "(?:it'?s|it is|it was) (?:all )?(?:on|down to) me|i ruin(?:ed|s)? (?:everything|it|things|every)|i (?:let|have let|'ve let) (?:everyone|them|him|her|my \\p{L}+|you) down",
    ],
  ],
  blaming: [
    [
      1.9,
      "(?:made|makes|make|making|is making|are making|keeps making|keep making|always makes|always made) me (?:feel|so|do|cry|angry|mad|sad|upset|miserable|depressed|this|like|suffer|lose|fail|hate|look)",
    ],
    [
      1.8,
      "(?:ruined|ruins|ruin|ruining|wrecked|wrecks|wrecking|spoiled|spoils|spoiling|destroyed|destroys|destroying|screwed up|messed up|screwing up|messing up) (?:my|our|everything for me|it for me)",
    ],
    [
      1.8,
      "(?:(?:it'?s|it is|it was|it'?s all|all) )?(?:his|her|their|your|the \\p{L}+(?:'s|s')|my \\p{L}+(?:'s|s')) fault",
    ],
    [1.7, "(?:to blame|is the reason|are the reason|the reason (?:for|why) (?:my|i))"],
    [
      1.5,
      "(?:because of|thanks to) (?:him|her|them|you|my (?:boss|parents|mom|mum|dad|mother|father|husband|wife|partner|ex|family|sister|brother|friends?|teacher|coworkers?|colleagues?))",
    ],
    [1.5, "(?:he|she|they|you|my \\p{L}+) (?:did|does|do) this to me"],
    [
      1.4,
      "(?:why (?:would|can'?t|won'?t|doesn'?t|don'?t|didn'?t|does|do|did|couldn'?t|wouldn'?t) (?:he|she|they|you|my \\p{L}+|people))",
    ],
    [
      1.3,
      "(?:he|she|they|you|my \\p{L}+) (?:never|always|doesn'?t|don'?t|didn'?t|won'?t|can'?t) (?:\\p{L}+ )?(?:care|appreciate|listen|understand|help|support|notice|respect|think about|consider|bother)",
    ],
    [
      1.3,
      "(?:they|he|she|you) (?:should|ought to|need to|needs to|have to|has to) (?:have )?(?:stop|told|asked|reminded|called|known|helped|listened|done|been|cared|warned)",
    ],
    [
      1.2,
      "(?:betrayed|abused|used|hurt|bullied|manipulated|lied to|cheated on|abandoned|let down|wronged) me",
    ],
    [0.8, "(?:unfair|not fair|injustice|selfish|inconsiderate|unreasonable|hypocrite)"],
    [
      1.4,
      "(?:if (?:only )?(?:he|she|they|you|my \\p{L}+)) (?:had|hadn'?t|were|weren'?t|was|wasn'?t|would|wouldn'?t|did|didn'?t|'d|just|only|cared|listened|could|stopped|left)",
    ],
    [
      1.4,
      "(?:messed|screwed|fucked) me up|(?:is|are|was|were) (?:the )?(?:reason|cause) (?:i'?m|i am|i feel|for my|of my|why)",
    ],
  ],
  comparing: [
    [
      1.9,
      "(?:all my friends|all of my friends|all my (?:peers|classmates|colleagues|coworkers|siblings|cousins)|other people|others|most people|normal people|people my age|other (?:girls|guys|women|men|kids|parents|mums|moms|dads|students))(?: my age)? (?:is|are|'re|has|have|seem|seem to|can|get|got|manage|do|did|know|look|find|always|already|all)",
    ],
    [2.2, "(?:everyone|everybody|no one|nobody) else"],
    [
      1.8,
      "(?:better|smarter|prettier|thinner|skinnier|richer|happier|funnier|stronger|faster|cooler|nicer|taller|younger|bigger|kinder|fitter|healthier|wealthier|luckier|braver|calmer|cuter|hotter|further|farther|more \\p{L}+|less \\p{L}+) than (?:me|i|i'?m|i am|i was|mine|myself)",
    ],
    [
      1.7,
      "(?:compared? (?:to|with)|comparison|comparing|in comparison|next to (?:her|him|them|my)|measure up|measured up|match up|keep up with|live up to)",
    ],
    [
      1.6,
      "(?:why can'?t i be|i wish i was|i wish i were|i want to be) (?:more )?(?:like|as \\p{L}+ as)",
    ],
    [1.5, "(?:the only one|only one) (?:who|that|in|without|not|of us)"],
    [
      1.4,
      "(?:behind|left behind) (?:everyone|everybody|others|my (?:friends|peers|classmates|siblings)|the rest)",
    ],
    [1.5, "(?:is|are|'re|'s|got|get|gets|seem|seems) (?:so |way |far |miles |all )?ahead of me"],
    [
      1.3,
      "(?:mine|my \\p{L}+) (?:is|was|looks?|isn'?t|wasn'?t|doesn'?t|didn'?t) (?:not |n'?t )?(?:\\p{L}+ )?(?:as|so|this|that) (?:good|nice|pretty|big|great|impressive)",
    ],
    [
      1.3,
      "(?:unlike|like) (?:everyone|everybody|other people|others|my (?:sister|brother|friends?|peers|cousin|siblings?|coworkers?|colleagues?))",
    ],
    [1.2, "(?:prefers?|preferred|favou?rs?|favou?red|favou?rite) (?:my|him|her|them)"],
    [1.2, "(?:than (?:me|i|mine|i am|i'?m)|apart from me|except (?:for )?me|but me|not me)"],
    [0.8, "(?:more|less|much|twice|better|worse) (?:\\p{L}+ )?(?:than)"],
    [
      1.8,
      "(?:not|never|isn'?t|wasn'?t|aren'?t) (?:be |look |feel |get |seem )?(?:as|so) \\p{L}+ as (?:him|her|them|my|everyone|other|others|they|he|she|\\p{L}+)",
    ],
  ],
  burden: [
    [
      0.9,
      "(?:{IM}|i feel like|i feel|i'?ve become|i have become|i became|being|i'?m nothing but|i am nothing but) {INT}(?:burden|burdensome|weight|drain|liability|inconvenience|nuisance|bother|problem|charity case)",
    ],
    [0.95, "(?:better|happier|fine|easier|relieved) off without me"],
    [
      0.9,
      "(?:be|are|'?d be|would be|'?ll be|will be|were|was|'?re) (?:so much |much |a lot |far )?(?:happier|better|easier|lighter|freer|relieved|fine|okay|ok) (?:\\p{L}+ )?(?:without me|if i (?:was|were|wasn'?t|weren'?t|left|died|disappeared|was gone|were gone|didn'?t exist|wasn'?t here|wasn'?t around)|when i'?m gone|once i'?m gone)",
    ],
    [
      0.8,
      "(?:drag|drags|dragging|dragged|weigh|weighs|weighing|weighed|hold|holds|holding|held|bring|brings|bringing|pull|pulling) (?:(?:them|him|her|everyone|everybody|you|people|others|my \\p{L}+|us|the \\p{L}+) )?(?:all )?(?:down|back)",
    ],
    [
      0.8,
      "(?:no one|nobody|noone|they|he|she|anyone) (?:would|will|'d|'ll) (?:even )?(?:miss|notice|care) (?:me|if i)",
    ],
    [0.7, "(?:a waste of (?:space|air|oxygen|money|time|resources))"],
    [
      0.75,
      "(?:i|all i) (?:only |just |always )?(?:cause|bring|make|create|give) (?:\\p{L}+ )?(?:problems|trouble|stress|worry|pain|work|things harder|things worse|life harder|everything harder) (?:for|to) (?:everyone|them|him|her|people|others|my \\p{L}+|you)",
    ],
    [
      0.75,
      "(?:i'?m|i am|i'?m always|i am always|i'?m just|i am just) (?:in the way|in everyone'?s way|too much|too needy|so needy|too much work|too much trouble|too much to handle|a drain on|dead weight)",
    ],
    [
      0.7,
      "(?:sick|tired|fed up) of (?:having to|dealing with me|looking after me|taking care of me|carrying me|helping me)",
    ],
    [
      0.7,
      "(?:sorry for (?:existing|being alive|being a bother|bothering|being here|being me)|i take up (?:space|their|your|everyone'?s))",
    ],
    [
      0.65,
      "(?:rely|relying|depend|depending|leaning) (?:too much |so much |so heavily |heavily )on (?:\\p{L}+ )?(?:them|him|her|everyone|my \\p{L}+|people|others)",
    ],
    // Others freed of carrying the writer: "they'd be better off not having to deal with my
    // moods". The subject comes first, so "I'd be better off not having to deal with my boss"
    // (the writer's own wish) is not read as a burden.
    [
      0.9,
      "{OTHER}(?:'?d|'?ll| would| will| wud| are| is|'re|'s)?(?: all| honestly| probably| really| just| definitely)*(?: be| b)? (?:so much |much |a lot |far |way )?(?:better|happier|easier|lighter|freer|free|relieved|fine|calmer)(?: off| of)? (?:\\p{L}+ ){0,2}(?:(?:not|without|never|no longer|than|instead of) (?:having|havin|haveing|havng|needing|to have) (?:to|2)|not to) {CARRY}",
    ],
    [
      0.85,
      "if (?:they|he|she|everyone|everybody|people|you|you all|y'?all|(?:my|the) \\p{L}+) (?:didn'?t|did not|never|no longer|don'?t|do not|wouldn'?t|would not) (?:(?:have|hav|had|need|needed) (?:to|2)|hafta|haveta) {CARRY}",
    ],
    [
      0.85,
      "(?:better|happier|easier|freer|relieved|fine) (?:off |of )?(?:not having|without having|never having) me (?:around|here|in (?:their|his|her|your) (?:lives|life|way))|(?:better|happier|easier|freer|relieved) (?:off |of )?(?:if (?:they|he|she) (?:weren'?t|wasn'?t|were not|was not)|not being) stuck with me",
    ],
    [
      0.8,
      "(?:better|happier) (?:off |of )?with (?:someone|somebody|anyone) (?:else )?(?:\\p{L}+ ){0,5}(?:instead of me|rather than me|other than me|who isn'?t me|(?:isn'?t|is not|not) (?:\\p{L}+ ){0,3}like me)",
    ],
  ],
};

function build(): PatternDef[] {
  const defs: PatternDef[] = [];
  for (const trap of trapIds) {
    SOURCES[trap].forEach(([prior, source], index) => {
      const expanded = expand(source);
      defs.push({
        id: `${trap}/${index}`,
        trap,
        prior,
        regex: compile(expanded),
        prefixes: leadingPrefixes(expanded),
      });
    });
  }
  return defs;
}

export const patterns: readonly PatternDef[] = build();

export interface PatternHit {
  /** Index into `patterns`. */
  readonly pattern: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Every match of every pattern in `prepared` (the output of `prepareText`), in pattern order.
 * Matches of one pattern may overlap; callers treat them as sets of words.
 */
export function findPatternHits(prepared: string): PatternHit[] {
  const hits: PatternHit[] = [];
  const starts = startPrefixes(prepared);
  const offsets = new Set<number>();
  for (let index = 0; index < patterns.length; index++) {
    const def = patterns[index];
    if (!def) continue;
    offsets.clear();
    if (def.prefixes) {
      for (const prefix of def.prefixes) {
        for (const offset of starts.get(prefix) ?? []) offsets.add(offset);
      }
    } else {
      for (let offset = 0; offset < prepared.length; offset++) offsets.add(offset);
    }
    for (const offset of [...offsets].sort((a, b) => a - b)) {
      def.regex.lastIndex = offset;
      const match = def.regex.exec(prepared);
      if (!match) continue;
      const text = match[0].trimEnd();
      if (text.length > 0) hits.push({ pattern: index, start: offset, end: offset + text.length });
    }
  }
  return hits;
}
