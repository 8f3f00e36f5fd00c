/** Farewell and finality: goodbyes and last words. */
import { type Rule, ruleFor } from "../rule.js";
import { F, gap } from "../vocabulary.js";

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
];
