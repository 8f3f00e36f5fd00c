/** Others better off without me, or not noticing I'm gone. */

import { GONE_IDIOM, WITHOUT_ME_IDIOM } from "../idioms.js";
import { type Rule, ruleFor } from "../rule.js";
import { EVERYONE, F, GONE_TAIL, gap, MYSELF, TO, WITHOUT, WOULD } from "../vocabulary.js";

const rule = ruleFor("burden");

/** Who might be glad to be rid of the writer: anyone but "I" or "we". */
const OTHERS = `(?:${EVERYONE}|everyone else|no one|nobody|my (?:wife|husband|partner|mum|mom|mother|dad|father|parents|sister|brother|son|daughter|boyfriend|girlfriend|flatmates|roommates|housemates|carer|carers|team|friends|family|kids|children)|the (?:kids|family|people (?:around me|i love|in my life))|people (?:around me|i love|in my life)|you|you guys)`;

/**
 * What the people around the writer carry: "deal with me", "put up with my moods". The writer's
 * own moods and illness count; their cooking, snoring or slow code do not.
 */
const CARRYING = `(?:(?:deal|dealing|put up|putting up|cope|coping|live|living) (?:with|wiht|wit|wth|w)|look after|looking after|take care of|taking care of|care for|caring for|carry|carrying|babysit|babysitting|tolerate|tolerating|handle|handling|support|supporting|worry about|worrying about|walk on eggshells around|tiptoe around|clean up after|pick up the pieces of|bother with|listen to|drag around|prop up) (?:me|someone like me|my (?:moods?|bad moods?|mood swings|depression|anxiety|illness|mental health|mental illness|breakdowns?|meltdowns?|episodes?|outbursts?|sadness|misery|bad days|baggage|drama|problems|issues|bullshit|bs|shit|crap|existence|presence|sorry ass)|all my (?:shit|crap|problems|issues|drama|baggage|moods))\\b`;

/**
 * "not having to", "than having to": the relief of no longer carrying the writer. Never a bare
 * "not to": "it's okay not to worry about me" is reassurance, said by someone doing better.
 */
const NOT_HAVING_TO = `(?:not having|not havin|not haveing|not havng|without having|without havin|without haveing|without needing|not needing|never having|no longer having|not to have|(?:than|then|instead of) having) (?:to|2|ta) `;

/** "if they didn't have to": the same relief, with the people who would feel it named. */
const IF_OTHERS_DIDNT = `if ${OTHERS} ${F}(?:didnt|did not|didn t|dint|never|no longer|dont|do not|wouldnt|would not|wont|will not) ${F}(?:(?:have|hav|had|need|needed|have got) ${TO}|hafta |haveta )`;

/**
 * Who would be better off, named before it: someone other than the writer. Without them, "fine
 * not having to look after me every minute now" is a nurse's news as much as a burden.
 */
const THEY = `(?:${OTHERS}|theyd|theyll|theyre|theyve|shed|shell|shes|hed|hell|hes|youd|youll)`;

/** "I'd be happier not having to deal with my moods" is the writer's own wish, not a burden. */
const WRITER_OR_WE = `(?:^|[ .])(?:(?:i|we)(?: (?:d|ll|would|wud|wd|will|wil|m|am|re|are|have|ve|be|been|feel|felt|get|got|all|both|so|much|far|a lot|way|just|honestly|probably|really|definitely|totally|lot|would be|will be))*|(?:id|ill|im|wed|ive|weve)(?: (?:be|been|feel|get|all|both|so|much|far|a lot|way|just|honestly|probably|really|definitely|totally))*) $`;

/** Better, happier, freer, relieved: how the people around the writer would be. */
const RELIEF =
  "(?:better|betta|beta|betr|btr|bettr|happier|happy|easier|safer|lighter|freer|free|relieved|fine|okay|ok|alright|calmer|simpler|less stressed)";

export const burden: readonly Rule[] = [
  rule(
    `\\b(?:beter|betta|beta|betr|btr|bettr|happier|happy|easier|ok|okay|fine|safer|lighter|freer|free|best|good|much beter) (?:of|off) ${F}${WITHOUT} me\\b`,
    { notAfter: WITHOUT_ME_IDIOM },
  ),
  rule(
    `\\b(?:beter|betta|beta|betr|btr|bettr|happier|easier|safer|lighter|freer|brighter|nicer|kinder|calmer|simpler|beter place|happier place|nicer place|brighter place|safer place) ${F}${WITHOUT} me\\b`,
    { notAfter: WITHOUT_ME_IDIOM },
  ),
  // "They'd be fine without me"; but "the meeting went fine without me" is just news.
  rule(
    `\\b(?:be|are|re|is) (?:totally |just |perfectly |all |so much |completely |)(?:fine|ok|okay|alright|all right|good) ${WITHOUT} me\\b`,
    { notAfter: WITHOUT_ME_IDIOM },
  ),
  rule(
    `\\b(?:beter|betta|beta|betr|btr|bettr|happier|easier|safer|lighter|freer|fine|okay|ok|relieved|relief|simpler|calmer|best|beter of|happier of|easier of|beter for everyone|easier for everyone|happier for everyone|good riddance|be glad|be happy|be fine|celebrate|party) ${gap(4)}(?:if|when|once|after) (?:i|im|i m|id|i d) ${F}${GONE_TAIL}`,
  ),
  rule(
    `\\b(?:beter|betta|beta|happier|easier|safer|lighter|freer|fine|okay|ok|beter of|happier of|easier of) ${F}with me (?:gone|dead|out of the (?:way|picture)|not (?:here|around)|six feet under|in the ground)\\b`,
    { notAfter: GONE_IDIOM },
  ),
  rule(
    `\\b(?:everyone|everybody|every1|evryone|they|theyd|they d|people|my family|the world|you all|all of them|the kids|my kids|he|hed|he d|she|shed|she d|my (?:wife|husband|partner|mum|mom|dad|parents|friends|children|family|boyfriend|girlfriend|son|daughter|kids))(?: (?:${WOULD}|are|is|were|re|s|all|really|honestly|probably|actually|genuinely|definitely|be|so|much|far|a lot|way|just|clearly|obviously))* ${F}(?:beter|betta|happier|best) (?:of|off)(?= ?(?:\\.|$| (?:honestly|tbh|anyway|really|i think|i know|lol|to be honest|and you know it|and i know it|if im honest)\\b))`,
  ),
  rule(
    `\\b(?:no one|noone|nobody|no body|not one person|not a (?:single )?(?:soul|person)|who|not even my (?:family|mum|mom|dad|friends|parents|partner)|would anyone|would anybody|will anyone|will anybody|does anyone|would they|would people|would my family|would my friends|would even one person|anyone)(?: (?:${WOULD}|really|even|ever|actually|honestly|probably|truly|at all|genuinely|notice or))* ${F}(?:(?:miss|mis|mourn|grieve for|cry for|cry over) me|come to my funeral|show up to my funeral|go to my funeral|notice my absence)\\b`,
    {
      notAfter:
        " (?:at|in (?:the|this|class|work|school|a|my)|on (?:the|this|a|my)|for (?:a|the|one|two|this|that|an)|if i (?:left|skipped|moved|went|quit|stopped|didnt (?:go|come|show|turn)|stayed|took|missed|bailed|ditched|cancelled|canceled|dropped out|changed|was late|left early)|when i (?:go|leave|move|quit|am away|m away|travel|take)|while i|tonight|today|this (?:week|weekend|time|year)|anyway at|much at|there|the (?:meeting|party|game|class|lecture))\\b",
    },
  ),
  rule(
    `\\b(?:no one|noone|nobody|no body|not one person|not a (?:single )?(?:soul|person)|who|not even my (?:family|mum|mom|dad|friends|parents|partner))(?: (?:${WOULD}|really|even|ever|actually|honestly|probably|truly|at all|genuinely|even be able to))+ ${F}(?:notice|care|give a (?:damn|shit|fuck)|bat an eye(?:lid)?|blink|realise|realize|be sad|be upset|cry)(?: (?:at all|even|really|anyway|honestly))?(?= ?(?:\\.|$| (?:if|when|that|once|after) (?:i|im|i m|id) ${F}${GONE_TAIL}| i (?:was|m|d|had) (?:gone|dead|missing)| (?:i|im|id) ${F}(?:died|disappeared|vanished|was gone|were gone|killed myself)| my absence))`,
  ),
  rule(
    `\\b(?:would|will|does|do|did|could) (?:anyone|anybody|they|people|my family|my friends|someone|somebody|even one person)(?: (?:really|even|ever|actually|honestly|truly|at all))* ${F}(?:notice|care|miss me|cry|mourn|be sad|realise|realize)(?: (?:at all|even|really|anyway|honestly))? (?:if|when|once|that) (?:i|im|i m|id) ${F}${GONE_TAIL}`,
  ),
  rule(
    `\\bif (?:i|im|i m|id|i d) ${F}${GONE_TAIL} ${gap(4)}(?:would|will|does|do|did|could|wd|wud) (?:anyone|anybody|they|people|my family|my friends|someone|somebody|even one person|no one|nobody|it) ${F}(?:care|notice|miss|cry|come|mourn|be sad|realise|realize|give|matter|even notice|make a difference)\\b`,
  ),
  rule(
    `\\bif (?:i|im|i m|id|i d) ${F}${GONE_TAIL} ${gap(4)}(?:no one|nobody|noone|none of them|not a soul|not one person)(?: (?:${WOULD}|even|really|ever|actually))* ?${F}(?:care|notice|miss|cry|mourn|realise|realize|be sad|bat an eye)\\b`,
  ),
  rule(
    `\\b(?:do|doing|did|done) (?:everyone|everybody|them|the world|my family|you all|you|him|her|my (?:kids|wife|husband|partner|parents|friends)) ${F}a (?:favor|favour|kindness|service) ${F}(?:and|by) ${F}(?:disappear|disappearing|dying|die|kill|killing|end|ending|leaving for good|leave for good|going away forever|vanishing|vanish|removing myself|remove myself|not being (?:here|around)|stop existing|no longer existing|offing myself|jumping)\\b`,
  ),
  rule(
    `\\b(?:relieve|relieving|free|freeing|spare|sparing|release|releasing|rid|ridding) ${EVERYONE} (?:of|from) ${F}(?:me|my presence|the burden of me|the burden that i am|having to deal with me|my existence|myself)\\b`,
  ),
  rule(
    `\\b(?:remove|removing|removed|take|taking|took|get|getting) ${MYSELF} ${F}(?:out of|from|off) (?:the (?:picture|equation|world|planet|earth|face of the earth)|this (?:world|earth|life|planet)|existence|everyones (?:lives|life|way)|their (?:lives|life|way)|your (?:lives|life|way)|his (?:life|way)|her (?:life|way))\\b`,
  ),
  rule(
    `\\b(?:wont|will not|wouldnt|would not|never|dont|no longer|not) (?:have to|need to|ned to|gota|got to) ${F}(?:worry about|deal with|look after|take care of|put up with|see|hear from|carry|support|pay for|think about|bother with|listen to|tolerate|babysit|stress about|waste (?:time|money) on) me ${F}(?:anymore|any more|ever again|again|much longer|for (?:much )?longer|after (?:tonight|today|this|tomorrow|im gone)|soon|for long|when im gone|once im gone)\\b`,
    { negatable: false },
  ),
  rule(
    `\\b(?:life insurance|insurance (?:money|payout|pay out)) ${gap(6)}(?:if i (?:die|died|was dead|were dead|was gone|killed|kill)|when i (?:die|m dead|m gone)|beter of|after im gone|worth more)\\b`,
  ),
  rule(`\\b(?:beter|beter of|happier|easier) ${F}with (?:the|my) (?:life )?insurance\\b`),
  rule(
    `\\b(?:beter|betta|happier|easier|safer|lighter|freer) (?:of |)${F}without (?:having to |needing to |)(?:deal with|look after|worry about|support|care for|put up with|carry|pay for|listen to|think about) me\\b`,
  ),
  rule(
    `\\b(?:beter|betta|happier|easier|safer) (?:of |)${F}with (?:a |an |)(?:different|new|better|another|real|proper|normal) (?:mum|mom|mother|dad|father|parent|mummy|mommy|daddy)\\b`,
  ),
  // "They'd be better off not having to deal with my moods", "everyone would be happier if they
  // didn't have to put up with me": others freed of carrying the writer, the same thought as
  // "better off without me" without the word "without". Only the writer (or their moods and
  // illness) as what is carried: "better off not having to deal with the landlord" is news.
  rule(`\\b${THEY} ${gap(4)}${RELIEF} ${gap(4)}${NOT_HAVING_TO}${F}${CARRYING}`, {
    notBefore: WRITER_OR_WE,
  }),
  rule(`\\b${RELIEF} ${gap(4)}${IF_OTHERS_DIDNT}${F}${CARRYING}`, { notBefore: WRITER_OR_WE }),
  // "better off not having me around", "happier if they weren't stuck with me".
  rule(
    `\\b${RELIEF} ${gap(4)}(?:(?:not having|not haveing|without having|never having|if ${OTHERS} ${F}(?:didnt|did not|never|no longer|dont|do not) (?:have|had)) me (?:around|here|in (?:their|his|her|your|our|everyones|the) (?:lives|life|way|house|home|family)|to (?:deal with|worry about|look after|take care of|carry|put up with))|(?:not being|without being|if ${OTHERS} (?:werent|wasnt|were not|was not|wouldnt be|didnt have to be)) stuck with me)\\b`,
    { notBefore: WRITER_OR_WE },
  ),
  // "she'd be better off with someone who isn't broken like me": replaced by someone better.
  rule(
    `\\b(?:better|betta|happier|easier|safer) (?:of |)${F}with (?:someone|somebody|some1|anyone|any1) (?:else |)${gap(5)}(?:instead of me|rather than me|other than me|but me|who isnt me|thats not me|that isnt me|unlike me|(?:isnt|is not|wasnt|aint|not|less) ${gap(3)}(?:like me|than me|as (?:broken|messed up|fucked up|useless|damaged|crazy|sick|depressed|difficult|hard work) as me))\\b`,
    { notBefore: WRITER_OR_WE },
  ),
  rule(
    `\\b(?:come|go|show up|turn up|attend|bother coming|bother going|cry) (?:to|at) my (?:own |)funeral\\b`,
    { negatable: false },
  ),
  rule(
    "\\b(?:the world|this world|nobody|no one|noone|everyone) (?:doesnt|does not|dont|do not|wouldnt|would not|wont|will not|) ?(?:needs?|wants?|misses|miss) me (?:here|around|alive|in it|anymore|any more|in this world)\\b|\\bthe world (?:doesnt|does not|wont|will not|wouldnt|would not) (?:need|want|miss) me\\b",
    { negatable: false },
  ),
  rule(
    `\\b(?:beter|betta|happier|easier|safer) (?:of |)${gap(5)}(?:and|with) me (?:gone|dead|out of the (?:way|picture)|six feet under|in the ground)\\b`,
  ),
  rule(
    `\\b(?:favou?r|kindness|service|gift|relief|blessing|mercy) ${gap(3)}(?:if|when|by|once) (?:(?:i|im|i m|id) ${F}${GONE_TAIL}|(?:dying|disappearing|killing myself|ending it|ending my life|not being here|not being around|leaving forever|vanishing))`,
  ),
  rule(
    `\\bif (?:i|im|i m|id|i d) ${F}${GONE_TAIL} ${gap(5)}(?:beter|betta|happier|easier|simpler|lighter|calmer|relieved|celebrate|move on|be free|be fine|be okay|be ok|be glad|be happy|not even notice|barely notice|forget me)\\b`,
  ),
  rule(`\\b(?:said|say|saying|made|make|making) (?:my|all my|our) (?:last |final |)goodbyes\\b`, {
    notAfter:
      " (?:to (?:the|my|our|his|her) (?:house|flat|city|team|colleagues|class|school|old|dog|cat|grandma|grandad|gran|grandpa|nan)|at (?:the|a) (?:airport|station|party|funeral|hospital|vets|vet)|before (?:the|my|we|our) (?:move|flight|trip|holiday)|and (?:left|drove|flew|got on))\\b",
  }),
  rule(
    `\\b(?:letters?|notes?|messages?|cards?|videos?) (?:to|for) (?:everyone|each of|all of|every one of|my (?:family|kids|children|parents|friends|wife|husband|partner|mum|mom|dad|sister|brother)|the people) ${gap(4)}(?:to be (?:opened|read|found|watched) (?:after|when|once)|for after|in case|for when (?:im|i m|i am) gone|explaining why|saying goodbye|saying sorry for (?:everything|what)|so they (?:understand|know) why)`,
  ),
  rule(
    "\\bto be (?:opened|read|found|watched) (?:after (?:im|i m|i am) gone|after i die|when (?:im|i m|i am) gone|once (?:im|i m|i am) gone|after (?:my death|my funeral)|after(?= ?(?:\\.|$)))",
  ),

  // "this world doesn't need me"; "nobody needs me" alone is loneliness, and is left alone.
  rule(
    `\\b(?:the world|this world|no one|nobody|noone|my family|everyone|anyone) ${F}(?:doesnt|does not|dont|do not|wont|wil not|needs|neds) ${F}(?:ned|neds) me(?: around| here| anymore|)\\b`,
    { notAfter: " (?:at|for|to|in|until|til|today|tomorrow|tonight|this|on|till)\\b" },
  ),
];
