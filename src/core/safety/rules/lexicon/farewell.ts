/** Farewell and finality: goodbyes and last words. */
import { type Rule, ruleFor } from "../rule.js";
import { CRISIS_CONTEXT, F, gap } from "../vocabulary.js";

const rule = ruleFor("farewell");

export const farewell: readonly Rule[] = [
  rule(
    `\\b(?:ive|i ve|i have|i|already|just|finally|i ve already|ive already|ive just) ${F}(?:written|wrote|finished|drafted|left|typed|prepared) (?:the|my) (?:note|last note)\\b(?= ?(?:\\.|$| (?:for (?:my|everyone|them|when|after|whoever)|to (?:my|everyone|them|whoever)|and|already|just in case|in case|explaining|saying|on my (?:desk|bed|pillow)|where they ll find it|where theyll find it)\\b))`,
  ),
  rule(
    "\\b(?:goodbye|suicide|farewell|final goodbye|last goodbye|good bye) (?:note|notes|letter|letters|messages?|texts?|video|videos|post|emails?|voicemails?)\\b",
    {
      notBefore:
        "(?:leaving|retirement|work|office|colleagues|colleague s|teams|team s|team|end of term|end of year|farewell party|leaving party) ",
      notAfter:
        " (?:to (?:the|my|our) (?:team|colleagues|coworkers|co workers|class|office|students|staff|department|company|school|neighbours|neighbors|clients|customers|members|followers|subscribers)|for (?:my|the|our|a) (?:colleague|boss|teacher|team|leaving|retirement|last day|coworker|manager|card)|on (?:my|her|his|the) (?:last day|leaving|retirement)|card)\\b",
    },
  ),
  rule(
    `\\b(?:wrote|written|writing|write|left|leaving|leave) ${F}(?:letters|notes|a letter|a note|messages|cards) (?:to|for) (?:everyone|everybody|all the people|the people|each of the people|those|the ones) (?:i love|i care about|i ll miss|ill miss|i will miss)\\b`,
    {
      notAfter:
        " (?:for|at|this|on) (?:christmas|xmas|birthdays?|their birthdays?|the holidays|holidays|new year|valentines?|thanksgiving|easter|diwali|eid|hanukkah|the wedding|mothers day|fathers day)\\b",
    },
  ),
  rule(
    `\\b(?:this is|consider this|this will be|thisl be|this would be|here is|heres|this is probably|this might be) ${F}(?:my|the) (?:final|last) (?:goodbye|message|post|entry|note|words|letter|check in|checkin|journal entry|log|ever|time you hear from me)\\b`,
    {
      notAfter:
        " (?:for (?:today|tonight|the (?:day|week|night|month|year|weekend)|a (?:while|bit|few|couple|week|month)|now|this (?:week|month|year)|before)|before (?:bed|i sleep|work|my|the|our|i go|i leave|the holiday|we|christmas|xmas|break)|of the (?:day|week|year|month|night|evening)|on this (?:topic|subject|app|account|thread)|about|in (?:this|the) (?:series|thread|diary)|until|till|i promise|on (?:this|the) (?:subject|topic))\\b",
    },
  ),
  rule("\\bgoodbye (?:cruel )?world\\b|\\bgood bye (?:cruel )?world\\b"),
  // "This is the last time I'll write here": a last entry, said without the word goodbye.
  rule(
    `\\b(?:this is|this will be|this wil be|thisl be|this is probably|this might be) ${F}(?:the|my) (?:last|final) time (?:ill|i will|im going to|i m going to|im gonna|i am going to|i ll) ${F}(?:write|post|be|check in|talk) (?:here|on here|in here|in this app|to anyone|to you)\\b`,
    {
      notAfter:
        " (?:for (?:a|the|today|tonight|now|this)|before|until|till|this (?:week|month|year)|today|tonight|about)\\b",
    },
  ),
  rule(
    "\\b(?:goodbye|good bye|bye|farewell) (?:everyone|all|everybody|all of you|guys|friends|world|my loves)(?:[ .]+[a-z0-9]+){0,12}?[ .]+(?:im sorry|i m sorry|i am sorry|sorry for everything|forgive me|dont blame yourselves|dont blame yourself|its not your fault|it s not your fault|this isnt your fault|take care of (?:my|mum|mom|dad|the kids|each other))\\b",
  ),
  rule(
    `\\b(?:written|wrote|writing|made|updated|sorted|finished|done) (?:my|a) will (?:and|then|plus) ${gap(3)}(?:letters?|notes?|goodbye|goodbyes|messages?)\\b`,
  ),
  rule(
    `\\b(?:say|saying|said|says|to say|wanted to say) ${F}(?:goodbye|good bye|bye|my goodbyes|goodbyes) ${F}(?:to (?:the world|this world|life|everyone forever|everyone for good|everything forever|all of you forever)|forever|for good|for ever|before i (?:die|end it|go for good|kill myself|do it))\\b`,
    {
      notAfter:
        " to (?:the|that|this|my) (?:job|house|flat|city|town|team|office|car|bike|band|old)\\b",
    },
  ),
  rule(
    "\\bby the time (?:you|anyone|someone|somebody|they|people|my (?:family|mum|mom|dad|friends|parents|partner)) (?:read|reads|find|finds|see|sees|get|gets|hear|hears|open|opens|notice|notices) (?:this|these|my note|it)\\b",
    {
      notAfter:
        " (?:ill be (?:on|in|at|boarding|flying|somewhere|home|back|asleep)|well be|im (?:on|in|at|home|back|asleep)|i ll be (?:on|in|at|home|back))\\b",
    },
  ),

  // "goodnight forever", "bye world", "goodbye everyone forever".
  rule(
    `\\b(?:good ?night|good ?bye|bye|byee|farewel|so long|see you) ${F}(?:forever|for ever|for good|world|cruel world|everyone forever|to (?:the|this) world|life|for the last time|in the next life|on the other side)\\b`,
    {
      notAfter:
        " (?:to (?:my|this|that|the) (?:old|phone|car|job|ex|hair|laptop|flat|house)|old|phone|job|hair|twitter|facebook|instagram|tiktok|reddit|social media|this app|this account|snapchat)\\b",
      notBefore: "(?:say|said|saying|kiss|wave|waved|waving) ",
    },
  ),
  // "this will likely be my last post", "my final message"; "for a while", "on here" and "in my
  // last post" are only a pause or a reference back.
  rule(
    `\\b(?:this (?:is|will be|might be|may be|could be|is probably|will probably be|will likely be|is likely|is gonna be|is going to be)|(?:it|that) (?:is|will be|might be)) ${F}(?:my|the) ${F}(?:last|final|last ever|final ever) (?:post|message|tweet|words|entry|note|goodbye|letter|time (?:posting|writing|saying|you hear)|thing i (?:leave|write|say|post))\\b`,
    {
      notAfter:
        " (?:for (?:a (?:while|bit|few|week|month|year|couple)|now|today|tonight|the (?:day|week|year|month|night|season|holidays?))|on (?:this|here|twitter|instagram|reddit|the|that|facebook|tiktok)|before|until|til|till|about|here|of the|in (?:this|the) (?:thread|series|sub|group)|as (?:a|an|mod)|from (?:me|us) (?:for|until|til|till|this))\\b",
    },
  ),
  // "let these words be the last thing I leave", "the last of my marks left on earth".
  rule(
    "\\b(?:last|final) (?:thing|things|words|marks?|trace|traces|message) (?:i (?:leave|ll leave|will leave|ll ever (?:write|say|post)|will ever (?:write|say|post)|leave behind)|(?:i |)(?:left|leave) (?:on earth|behind|in this world))\\b|\\blast of my (?:marks|words|traces) (?:left |)(?:on earth|behind|in this world)\\b",
  ),
  // "the people I'll leave behind", "my family I will leave behind".
  rule(
    "\\b(?:people|ones|family|those|everyone|kids|children|friends|parents|mum|mom|dad) (?:i|il|ill|i ll|i will|that i|that il) (?:wil |)(?:leave behind|be leaving behind|leave)\\b(?= ?(?:\\.|$| (?:its|when|after|once|but|and|i|behind)\\b))",
    { context: CRISIS_CONTEXT },
  ),

  // "this is goodbye", "so this is my goodbye"; a job, a place or a show is named when it is not.
  rule("\\bthis is (?:my |our |the |)(?:goodbye|good bye|farewel|final goodbye|last goodbye)\\b", {
    notAfter:
      " (?:to (?:the|this|my|our|a) (?:team|office|job|class|flat|house|city|blog|channel|show|series|season|old)|from (?:the|our|this) (?:team|show|channel)|for (?:now|a (?:while|bit|few))|until|til|till)\\b",
  }),
  // Last messages to the people left: "tell my mum I love her, I'm sorry".
  rule(
    "\\btel (?:my |)(?:mum|mom|dad|family|kids|children|sister|brother|wife|husband|parents|everyone|them|her|him) (?:that |)i (?:love|loved|am sorry|m sorry|m so sorry|am so sorry)\\b",
    {
      context:
        "\\b(?:sory|forgive me|goodbye|good bye|bye|gone|dead|die|pils|end it|forever|last)\\b",
    },
  ),
  // Letters to the people left, beside crisis words: "wrote letters to my family, im ready". Alone,
  // a note for a sister is a birthday card as often as a goodbye: only beside crisis words.
  rule(
    "\\b(?:wrote|written|writing|write|left|leaving|finished) (?:a |my |the |)(?:letters?|notes?) (?:to|for) (?:my |everyone|everybody|each of|al my|the )(?:family|kids|children|parents|mum|mom|mother|dad|father|sister|sisters|brother|brothers|son|daughter|gran|grandma|grandad|grandpa|nan|friends|best friend|girlfriend|boyfriend|partner|wife|husband|loved ones|everyone i love|of them)\\b",
    { context: `${CRISIS_CONTEXT}|\\b(?:im|i am) ready\\b` },
  ),
];
