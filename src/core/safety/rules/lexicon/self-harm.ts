/** Self-harm, current or urged: cutting, burning, hurting oneself. */

import { CUT_IDIOM } from "../idioms.js";
import { type Rule, ruleFor } from "../rule.js";
import { ANY_SELF, F, gap, MYSELF, TO } from "../vocabulary.js";

const rule = ruleFor("self-harm");

export const selfHarm: readonly Rule[] = [
  rule(
    `\\bi ${gap(3)}deserve (?:to|2) (?:be hurt|suffer|bleed|feel pain|be in pain|die|be dead|not exist|disappear|rot|hurt|be punished|be alone forever and die)\\b`,
    {
      notAfter:
        " (?:for (?:eating|forgetting|being late|missing|that|this)|after (?:eating|that))\\b",
    },
  ),
  rule(
    "\\bself ?(?:harm|harming|harmed|harms|injur\\w*|mutilat\\w*|hurt|hurting|punish\\w* by cutting)\\b",
  ),
  rule(
    "\\b(?:sh|self harm|cutting|suicidal|burning|killing|dying|death) (?:urges?|impulses?|ideation|cravings?)\\b",
  ),
  rule(
    "\\bsh (?:scars?|relapse|again|wounds?|cuts?|habit|is back|tonight|last night|is getting)\\b",
  ),
  rule(
    "\\b(?:relapsed|relapse|relapsing|clean|free|abstinent) (?:on|into|with|from|of) (?:sh|cutting|self harm|self harming|burning|harming)\\b",
  ),
  rule(
    `\\b(?:urge|urges|need|needing|temptation|tempted|impulse|compulsion|craving|itch|want|wanting|wanted|wana|wanna) ${F}${TO}${F}(?:self harm|burn myself|hurt myself|harm myself|bleed|scratch until)\\b`,
  ),
  rule(
    `\\b(?:urge|urges|temptation|tempted|impulse|compulsion|craving|itch) ${F}${TO}${F}(?:cut|relapse|slice)\\b`,
    {
      notAfter:
        " (?:the|a|an|my (?!arms?|wrists?|legs?|thighs?|skin|stomach)|it|down|back|out|off|in|up|ties|class|corners|costs|carbs|sugar|loose|him|her|them|you|people|contact|things|everyone|some|that|this|something|into|through|across|school|lessons|work|hair|bangs|a fringe|grass|ahead|the line|queue|free|on|with|your|his|their|our|coffee|caffeine|alcohol|back on)\\b",
    },
  ),
  rule(`\\b(?:cut|cuts|cutting|cuting|cutted) ${ANY_SELF}\\b`, {
    notBefore: "(?:accidentally|accidently|by accident) ",
    notAfter: CUT_IDIOM,
  }),
  rule(
    "\\b(?:ive|i ve|i have|been|started|start|starting|began|begun|back to|went back to|going back to|relapsed into|keep|kept|stop|stopped|cant stop) (?:self harming|burning myself|hurting myself|harming myself|scratching myself|hitting myself|punching myself)\\b",
    { notAfter: CUT_IDIOM },
  ),
  rule("\\bi (?:ve |have |)(?:cut|sh d|shd|burned|burnt) again\\b"),
  // "I hurt myself last night": said of a time, not of a fall or a game.
  rule(
    `\\b(?:i|ive|i ve|i have) ${F}(?:hurt|harmed) myself (?:again|last night|tonight|on purpose|deliberately)\\b`,
    {
      notAfter:
        " (?:at|playing|running|lifting|falling|when i fell|in the|on the|at the|with the|doing|training|working out|at work|skiing|cycling|riding)\\b",
    },
  ),
  rule(
    `\\b(?:burn|burning|burnt|burned|scratch|scratching|scratched|hit|hitting|punch|punching|punched|slap|slapping|slapped|stab|stabbing|stabbed|strangle|strangling|strangled|choke|choking|choked|suffocate|suffocating|suffocated|poison|poisoning|poisoned|starve|starving|starved|bruise|bruising|bruised|pinch|pinching|pinched|beat|beating|bite|biting|bit) ${MYSELF}\\b`,
    {
      notBefore: "(?:accidentally|accidently|nearly|almost|have to|had to|need to) ",
      notAfter:
        " (?:on (?:hot |boiling |)(?:the|a|an|my|some|that|this|coffee|tea|water|soup|oil|steam|oven|stove|iron|kettle|pan|candle|wax)|with (?:the|a|some|hot|my) (?:iron|kettle|oven|pan|tray|stove|hob|tea|coffee|soup|water|curling|straightener|hair|door|cupboard|cabinet|pot)|up (?:about|over)|cooking|making|ironing|baking|laughing|by accident|accidentally|in the kitchen|to (?:sleep|get|make|stay|wake|check)|awake|for (?:a|an|the) (?:diet|wedding|photo|bikini)|out|in the (?:face|head|eye) with (?:a|the) (?:door|cupboard|ball))\\b",
    },
  ),
  rule(`\\b(?:harm|harms|harmed|harming|mutilate|mutilating|mutilated) ${ANY_SELF}\\b`),
  rule(
    `\\b(?:want|wants|wanted|wanting|wana|wanna|urge|urges|urged|tempted|temptation|going|gonna|gona|need|needed|needing|plan|planning|planned|thinking about|thought about|thoughts of|thoughts about|think about|might|could|will|il|feel like|felt like|tried|try|trying|keep|kept|afraid ill|scared ill|afraid i will|scared i will|afraid i might|scared i might|close to|ready|ready to|deserve|deserve to|about to) ${F}(?:to |of |about |on |)${F}(?:hurt|hurting|harm|harming|injure|injuring|punish|punishing|cut|cutting|burn|burning|hit|hitting|starve|starving) ${ANY_SELF}\\b`,
    { notAfter: CUT_IDIOM },
  ),
  rule(`\\b(?:hurting|harming|cutting|burning|punishing) ${MYSELF} (?:is|helps|makes|feels)\\b`),
  rule(`\\b(?:until|till|til|so that|so) (?:i|it) ${F}(?:bleed|bleeds|bled|bleeding)\\b`, {
    notBefore:
      "(?:gums?|nose|lip|lips|finger|cuticles?|knee|heel|blister|bites?|spots?|pimples?|scabs?|eczema|rash|itch|mosquito|skin tag|hangnail) (?:\\w+ ){0,3}",
  }),
  rule("\\bbleed(?:ing)? out\\b"),
  rule("\\bfeel (?:the |a |that |)(?:blade|razor|sting of (?:the|a) blade|pain of cutting)\\b"),
  rule(
    `\\b(?:cutting|self harm|self harming|hurting myself|burning myself|sh|the pain of cutting) (?:is|was|has been|feels like|seems like) (?:the only|my only|all that|what|the one) ${gap(2)}(?:thing|way|helps|keeps me|that helps|i have|gets me through|makes it stop|makes me feel)\\b`,
  ),
  rule(
    `\\b${ANY_SELF} (?:until|till|til|untill) (?:i|it|he|she|they) ${F}(?:couldnt feel|could not feel|bled|bleed|bleeds|bruised|felt something|couldnt think|went numb|passed out|was numb|blacked out|cried blood)\\b`,
  ),
];
