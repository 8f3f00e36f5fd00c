/** Method: overdose, jumping, hanging, weapons, other ways, and questions about them. */

import {
  A_WORK_ABOUT,
  CUT_IDIOM,
  DIE_IDIOM,
  GO_ON_IDIOM,
  SOMEONE_ELSE_SUBJECT,
  WAKE_IDIOM,
} from "../idioms.js";
import { type Rule, ruleFor } from "../rule.js";
import { ANY_SELF, CRISIS_CONTEXT, F, gap, LEAP_INTENT, MYSELF, PILLS, TO } from "../vocabulary.js";

const rule = ruleFor("method");

export const method: readonly Rule[] = [
  rule(
    `\\b(?:to|2|gonna|gona|wana|wanna|will|il|might|could|should|finally|ima|gunna|finna) of ${MYSELF}\\b`,
  ),
  rule(
    `\\bhow (?:easy|simple|quick|quickly|peaceful|nice) it (?:would|d|could|will|might) be (?:to |if i |)${F}(?:jump|fall|step off|step in front|let go|do it|end it|slip away|lean forward|just go|die|not exist|disappear|never wake up|not wake up|drive off|swerve|take them all|take all|step out|walk into)\\b`,
    {
      notAfter:
        " (?:on|in|into (?:the|a) (?:pool|water|lake|sea)|with|for|around|the (?:queue|line))\\b",
    },
  ),
  rule(
    `\\b(?:edge|ledge|railing|rail|side) of (?:the|a|that) (?:platform|bridge|roof|rooftop|cliff|building|balcony|car park|multi storey|tracks|motorway bridge|overpass) ${gap(8)}(?:thought|thinking|wondered|wondering|tempted|how easy|wanted|urge|jump|step|lean|one step|let go|fall|end it|would be easy)\\b`,
  ),
  rule(
    `\\b(?:wish|wishing|hope|hoping|pray|praying|wouldnt mind if|would not mind if) ${F}(?:that )?(?:a|the|some|this) (?:car|bus|truck|lorry|train|tram|plane|meteor|asteroid|drunk driver|lightning|cancer|illness|disease|virus) (?:would|will|could|might|just|) ?${F}(?:hit|hits|kill|kills|crush|crushes|run me over|runs me over|take me|takes me|flatten|end me|crash|crashes|goes down|go down|get me|gets me)\\b`,
    { negatable: false },
  ),
  rule(
    `\\b(?:wish|wishing|hope|hoping|pray|praying|wouldnt mind|would not mind) ${F}(?:that )?i ${F}(?:get|got|would get|d get|had|have|develop|catch|die in|end up in|get into|was in|were in) (?:a |an |)(?:fatal |terminal |deadly |bad |serious |)(?:car |plane |train |)(?:accident|crash|wreck|cancer|terminal illness|fatal disease|heart attack)\\b`,
    { negatable: false },
  ),
  // "I don't care if I live or die", "I wouldn't mind dying".
  rule(
    `\\b(?:dont|do not|didnt|wouldnt|would not|wudnt|dont really|honestly dont|really dont) ${F}(?:care|mind) (?:if|whether|that|anymore if) ${F}i ${F}(?:live|die|died|dont wake up|never wake up|didnt wake up|do not wake up|get hit|got hit|was dead|were dead|get killed|got killed|drop dead|dropped dead|crash|crashed|stop existing|stopped existing|overdose|od|wake up or not|make it|survive|got cancer|had cancer)\\b`,
    {
      notAfter: `${DIE_IDIOM}|${WAKE_IDIOM}| (?:to|through) (?:the|work|school|class|this|that|my)`,
      negatable: false,
    },
  ),
  rule(
    `\\b(?:hope|hoping|wish|wishing|pray|praying) ${gap(2)}(?:that |)i (?:crash|get in a crash|get into an accident|have an accident|have a crash|die in a crash|get in an accident|crash my car|fall|fall off|drown|get shot|get stabbed|get murdered|get attacked and die)\\b`,
    { notAfter: " (?:asleep|in love|for (?:it|him|her)|into bed|over)\\b", negatable: false },
  ),
  // After "I want to cut" only a few words keep it about the body; "cut my hair" does not.
  rule(
    `\\b(?:urge|urges|need|needing|temptation|tempted|impulse|compulsion|craving|itch|want|wanting|wanted|wana|wanna) ${F}${TO}${F}(?:cut|slice)(?= ?(?:\\.|$)| (?:so|again|tonight|today|really|badly|deep|deeper|but|and|or|even|more|right now|rn|(?:my ?self|myself)(?!${CUT_IDIOM})|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|body)|until|til|till|when|because|cos|cause|every|all the time|lol|sm|i|im|its|though|tho|again)\\b)`,
  ),
  rule(
    "\\b(?:ive|i ve|i have|been|started|start|starting|began|begun|back to|went back to|going back to|relapsed into|keep|kept|stop|stopped|cant stop|i) cutting(?: again| myself|(?= ?(?:\\.|$))| (?:since|for (?:years|months|weeks|a year|a month|ages|a while)|when i was|at (?:age )?[0-9]+|in (?:high )?school|as a (?:teen|kid)|on my (?:arms?|legs?|wrists?|thighs?|stomach)))",
  ),
  rule(
    `\\b(?:cut|cuts|cutting|carve|carving|carved|slice|slicing|sliced|slit|slitting|scratch|scratching|scratched|burn|burning|burnt|burned|stab|stabbing|stabbed|open|opening|opened) ${F}(?:open |into |up |)(?:my|both my|both of my|into my) (?:wrist|wrists|veins?|throat|arm|arms|thigh|thighs|leg|legs|skin|stomach|hips?|forearm|forearms)\\b`,
    { notBefore: "(?:accidentally|accidently|by accident|nearly|almost) ", notAfter: CUT_IDIOM },
  ),
  rule(
    "\\b(?:razor|blade|knife|glass|scissors|lighter|compass) (?:to|on|across|against|into) my (?:wrists?|arms?|skin|throat|neck|thighs?|legs?|stomach|veins?)\\b",
  ),
  rule(
    "\\b(?:sat|sitting|sit|lay|lying|lie|laid|stood|standing|stand|waited|waiting|wait) (?:down |)(?:on|in|across|between|in the middle of) (?:the |)(?:train |railway |rail |)(?:tracks|track|rails|railway line)\\b",
  ),
  rule(
    "\\b(?:slit|slitting|slash|slashing|slashed|sliced|slicing) (?:my |both |open my |open |)(?:wrists?|veins?|throat)\\b",
  ),
  rule(
    `\\b(?:carve|carved|carving|etch|etched|etching|sliced|slice|cut|cutting) ${gap(3)}(?:into|in to) my (?:skin|arm|arms|wrist|wrists|thigh|thighs|leg|legs|stomach|body|flesh|hip|hips)\\b`,
  ),
  rule(
    `\\b(?:what happens|what would happen|would it kill|will it kill|is it lethal|is it fatal|would i die|will i die|could i die|can you die) ${gap(2)}(?:if|when) (?:you|i|someone|a person) (?:take|took|swallow|swallowed|have|had|down) (?:a lot of|loads of|too many|all (?:the|my|of)|a (?:bottle|packet|box|handful) of|a whole|the whole|twenty|thirty|forty|fifty|a hundred|[1-9][0-9]+) ${F}(?:of )?(?:my |the |)${PILLS}\\b`,
  ),
  // Overdose, and the plain ways people describe one.
  rule("\\b(?:overdos\\w*|over dos\\w*|overdoz\\w*)", {
    notBefore: `(?:naloxone|narcan|opioid|prevent|preventing|prevention|awareness|training|reversal|reverse|reversing|treat|treating|an accidental caffeine) |${A_WORK_ABOUT}`,
    notAfter:
      " on (?:sugar|chocolate|candy|caffeine|coffee|cake|netflix|tv|sun|sunshine|cuteness|cute|carbs|sweets|christmas|pizza|drama|nostalgia|cheese|cookies|love|romance|reality|memes|social media|work|news|anime|vitamin c|fun|happiness|cat videos|tiktok|content|festive|glitter|pumpkin spice|cheesy)\\b",
  }),
  rule(
    `\\b(?:want|wants|wanted|wana|wanna|going|gonna|gona|plan|planning|planned|thinking about|thought about|think about|tempted|urge|about|almost|nearly|could|might|will|il|tried|try|trying|ready|decided) ${F}(?:to |of |about |)od\\b`,
  ),
  rule(
    `\\bod(?:ed|ing|)? on (?:my|his|her|the|pills|meds|tablets|sleeping|paracetamol|tylenol|insulin|everything|antidepressants|painkillers|xanax|heroin|fentanyl|opioids|benzos|purpose)\\b`,
  ),
  rule(
    `\\b(?:take|takes|taking|took|taken|swallow|swallows|swallowing|swallowed|down|downing|downed|neck|necking|necked|chug|chugging|pop|popping|popped|eat|eating|ate|overdo|overdoing) ${F}(?:all|all of|every one of|every single one of|every last one of|the rest of|the whole (?:bottle|packet|pack|box|strip|lot|jar|tub|blister pack) of|a whole (?:bottle|packet|pack|box|strip|lot|jar|tub|blister pack) of|a (?:bottle|packet|pack|box|bunch|handful|load|lot|fistful|pile|ton|heap|shitload|jar|tub|strip|stack) of|loads of|lots of|handfuls of|heaps of|a heap of|too many|way too many|all the|every|as many as i can|as many|fistfuls of|a month s worth of|a months worth of|weeks worth of|two packets of|three packets of|several packets of) ${F}(?:of )?(?:my |the |those |these |his |her |mums |moms |dads |their |our |some )?${F}${PILLS}\\b`,
    {
      notAfter:
        " (?:with food|as prescribed|to the pharmacy|back to|to the chemist|to recycling|in the morning as)\\b",
    },
  ),
  rule(
    `\\bhow (?:many|much) ${F}(?:of )?(?:my |the |those |these |)${PILLS} ${gap(3)}(?:would it take|does it take|it takes|it would take|to (?:die|kill|end|od|overdose|not wake|stop)|would kill|will kill|would be (?:lethal|fatal|enough)|is (?:lethal|fatal|a lethal|enough to)|before (?:you|i|it|someone|a person) (?:die|dies|od|overdose)|until (?:you|i) (?:die|od))\\b`,
  ),
  rule("\\b(?:lethal|fatal|deadly|toxic) (?:dose|amount|overdose|quantity)\\b", {
    notAfter:
      " of (?:caffeine|coffee|vitamin|sugar|water|salt|nutmeg|chocolate|cuteness|radiation|sarcasm|cringe|reality|nostalgia|cheese)\\b",
  }),
  rule(
    `\\b(?:stockpil\\w*|stashing|stashed|hoarding|hoarded|saving up|saved up|saving|squirrelling|squirreling|collecting|hiding|hid|hidden) ${F}(?:up |away |)(?:my |the |some |all my |enough |all the |)${PILLS}\\b`,
  ),
  rule(`\\b${PILLS} (?:saved|stockpiled|stashed|hoarded|hidden) (?:up|away)\\b`),
  rule(
    `\\b${PILLS} (?:are |)(?:lined up|laid out|all out on|in front of me|in my hand|counted out on)\\b`,
  ),
  rule(
    `\\b${PILLS} ${gap(2)}(?:on purpose|deliberately|intentionally|to (?:die|end it|not wake up|sleep forever|make it stop|end everything|kill myself))\\b`,
  ),
  rule(
    `\\benough (?:of )?(?:my |the |these |those |)(?:${PILLS}|rope|insulin) ${gap(3)}(?:to|for) ${F}(?:kill|end|die|do it|od|overdose|not wake|finish|make sure|go through)\\b`,
  ),
  // Guns, hanging, drowning.
  rule(
    "\\b(?:gun|pistol|rifle|shotgun|barrel|revolver) (?:to|in|against|into|under) my (?:head|mouth|temple|chin|chest|heart)\\b",
    {
      notBefore:
        "(?:with|even with|if (?:you|someone|somebody|they|he|she) (?:put|held|had|pointed|hold|points|puts|holds)) (?:a |the |)",
    },
  ),
  rule("\\bblow(?:ing)? my (?:brains|head) (?:out|off)\\b"),
  rule(
    "\\b(?:bullet|round|slug) (?:in|into|through) my (?:head|brain|skull|mouth|temple|heart)\\b",
  ),
  rule("\\beat (?:a|my) (?:bullet|gun)\\b"),
  rule(`\\b(?:hang|hanging|hanged|hung|hangin) ${ANY_SELF}\\b`, {
    notAfter: " (?:up|out|upside)\\b",
  }),
  rule("\\bnoose\\b", {
    notBefore: "(?:tighten|tightening|tightens|tightened|tighter) the ",
    notAfter:
      " (?:is tightening|tightens|around (?:the|his|her|their) (?:company|business|neck of the))\\b",
  }),
  rule("\\b(?:rope|belt|cord|scarf|noose) (?:around|round|to) my neck\\b"),
  rule(
    `\\b(?:tie|tied|tying|make|made|making|bought|buy|buying|got|get|have|has|ordered) (?:a|the|my|some) (?:rope|noose) ${gap(2)}(?:to|for|round|around|so i can|so i could) ${F}(?:hang|my neck|the (?:beam|banister|door|tree|loft|rafters)|end it|do it)\\b`,
  ),
  rule(`\\bdrown(?:ing|ed|) ${MYSELF}\\b`, {
    notAfter:
      " in (?:work|coffee|tea|books?|chocolate|ice cream|wine|beer|netflix|tv|music|podcasts?|studying|study|homework|emails?|paperwork|tasks|projects?|self pity|blankets|hobbies|distractions|noise|games|video games|shows|series|bubble bath|perfume|cologne|lotion|moisturi[sz]er|sunscreen|gravy|sauce|ketchup|revision|admin)\\b",
  }),
  rule(
    `\\b(?:jump|jumping|jumped|leap|leaping|leapt|step|stepping|stepped|lie|lying|lay|laying|threw myself|throw myself|throwing myself) ${F}(?:out )?(?:in front of|infront of|under) (?:a|an|the|some|that|this|oncoming|the next|a moving|a speeding|a passing|moving|passing|speeding) ${F}(?:train|trains|bus|buses|car|cars|truck|trucks|lorry|lorries|tram|van|tube|subway|traffic|vehicle|coach|tracks|train tracks|railway|railway line|motorway)\\b`,
    {
      notBefore:
        "(?:kid|child|dog|cat|fox|deer|cyclist|pedestrian|man|woman|guy|boy|girl|someone|somebody|he|she|they|it) (?:\\w+ ){0,2}",
    },
  ),
  rule(
    `\\b${LEAP_INTENT} ${F}(?:to |of |about |)${F}(?:jump|jumping|leap|leaping|throw myself|throwing myself|fling myself|flinging myself) ${F}(?:off|from|of|out of|of of) ${F}(?:a|an|the|my|our|this|that|some|the top of (?:a|an|the|my|this|that)|a high|a moving|the moving|) ?${F}(?:bridge|building|roof|rooftop|cliff|cliffs|balcony|ledge|tower|tower block|block of flats|car park|multi storey|parking garage|overpass|window|motorway bridge|platform|skyscraper|top floor|dam|viaduct|train|moving train|flyover|stairwell)\\b`,
    {
      notAfter:
        " (?:to (?:get|catch|save|grab|see|say)|for (?:a|fun|the (?:photo|view|pictures?))|with (?:friends|my|the kids|mates)|into (?:the|a) (?:pool|water|lake|sea|river|pile|snow))\\b",
    },
  ),
  rule(
    `\\b${LEAP_INTENT} ${F}(?:to |of |about |)${F}(?:jump|jumping|leap|leaping|step|stepping|walk|walking|throw myself|throwing myself|lie down|lying down|lay down|run|running) ${F}(?:out |)(?:in front of|infront of|under|onto|on to) (?:a|an|the|some|that|this|oncoming|the next|a moving|a speeding|a passing|moving|passing|speeding|) ?${F}(?:train|trains|bus|buses|car|cars|truck|trucks|lorry|lorries|tram|van|tube|subway|traffic|vehicle|coach|tracks|train tracks|railway|railway line|motorway)\\b`,
  ),
  rule(
    `\\b${LEAP_INTENT} ${F}(?:to |of |about |)${F}(?:walk|walking|wade|wading|swim|swimming|drown|drowning) ${F}(?:out |)(?:into|in to|out to|out into) (?:the |a |)(?:sea|ocean|river|lake|canal|waves|water|traffic|oncoming traffic)\\b`,
    {
      notAfter:
        " (?:for a (?:swim|paddle|dip)|with (?:friends|my|the kids|mates)|to (?:cool|swim|paddle))\\b",
    },
  ),
  rule(
    `\\b${LEAP_INTENT} ${F}(?:to |of |about |)${F}(?:drive|driving|crash|crashing|swerve|swerving|veer|veering|steer|steering|plough|ploughing|plow|plowing) ${F}(?:my car |the car |my van |my bike |it |)(?:off|into|in to|onto) (?:a|an|the|some|that|oncoming|on coming|) ?${F}(?:tree|wall|bridge|cliff|river|lake|sea|ocean|oncoming|traffic|lorry|truck|barrier|pillar|bollard|concrete|quarry|edge|lamppost|lamp post|oncoming traffic|motorway|canal|ravine)\\b`,
  ),
  rule(
    `\\b(?:walk|walking|walked|wade|wading|waded|swim|swimming|swam) ${F}(?:out |)(?:into|in to|to) (?:the )?(?:sea|ocean|river|lake|waves|water|traffic|oncoming traffic|motorway) ${F}(?:and|n|until|till|til) ${F}(?:never|not|keep|kept|dont|wont|didnt|just) ${F}(?:come|coming|came|going|walking|swimming|stop|turn|stopping|return|back|sink|drown)\\b`,
  ),
  rule(
    `\\bcrash(?:ing|ed|) (?:my|the) (?:car|van|bike|motorbike) ${F}(?:on purpose|deliberately|intentionally|so i|and (?:die|end|not)|into (?:a|the) (?:tree|wall|bridge|river|lorry|truck|barrier))\\b`,
    { notBefore: "(?:nearly|almost|accidentally) " },
  ),
  rule(
    `\\b(?:use|using|used|turn|turning|turned|point|pointing|pointed) (?:it|them|one|a knife|the knife|a blade|the blade|the razor|a razor|the gun|a gun|the pills) on ${MYSELF}\\b`,
  ),
  rule(
    `\\b(?:keep|kept|been) (?:looking at|staring at|thinking about|holding) (?:the|a|my) (?:knives|knife|blades?|razors?|rope|pills|tablets|gun|bridge|tracks|train tracks|edge)\\b`,
  ),
  rule(
    `\\b(?:looked|looking|stared|staring|look|stare|gazed|gazing) at (?:the|a|my|those|these|all the|all my) (?:rope|noose|pills|tablets|meds|knives|knife|blades?|razors?|gun|bridge|tracks|train tracks|edge|drop|pill bottle|bottle of pills|medicine cabinet|water below|traffic below) ${gap(4)}(?:for (?:a long time|ages|hours|an hour|a while|too long|so long)|and (?:thought|wondered|imagined|considered) (?:about|of) (?:using|it|them|doing|how|myself|hurting|cutting|ending|dying|it all|taking)|and (?:wanted to|almost|nearly|couldnt stop)|(?:thinking|wondering) (?:about|of|how|if|whether) (?:using|it|them|doing|how|myself|hurting|cutting|ending|dying|it all|taking|i could|i should|id)|and (?:felt|thought|wondered) (?:calm|peaceful|nothing|how easy|how quick))\\b`,
  ),
  // Sitting with the means, or holding it, for a long while: "i sat with the razor for an hour
  // tonight". The staring rule above without the look: the time spent with it is the signal,
  // unless what follows says it was for a task ("before carving the turkey").
  rule(
    `\\b(?:sat|sit|sitting|held|hold|holding) (?:here |there |up |alone |)(?:with |)(?:the|a|my|those|these|all the|all my) (?:rope|noose|pills|tablets|meds|knives|knife|blades?|razors?|razor blades?|gun|pill bottle|bottle of pills) ${gap(3)}(?:for (?:a long time|ages|hours|an hour|a while|too long|so long|half the night|all night|the whole night))\\b(?! (?:before|while|then|and then|to) (?:carving|carve|cutting (?:the|up|it)|cut (?:the|up|it)|chopping|chop|slicing|slice|cooking|cook|shaving|shave|sharpening|sharpen|cleaning|clean)\\b)`,
  ),
  rule(
    `\\b(?:want|wants|wana|wanna|urge|urges|tempted|going|gonna|gona|need|feel like|ready) ${F}${TO}${F}jump(?= ?(?:\\.|$| (?:so bad|so badly|again|tonight|right now|rn|off|from|in front|and (?:end|die|never)|but)\\b))`,
  ),
  rule(
    `\\b(?:voice|voices|head|brain|mind|thoughts|something inside me|part of me|the illness|my depression|depression) (?:keeps |keep |is |are |just |)(?:telling|tells|told|saying|says|whispering|whispers) ${F}(?:me |)(?:to |i should |)${F}(?:jump|kill myself|die|end it|hurt myself|cut|do it|take the pills|step in front|walk into traffic|drive into|disappear|give up on life)\\b`,
    {
      notAfter:
        " (?:higher|in|on|into|up|over|the|ship|rope|through|around|back|down|out|off|it|them|him|her|a|an|your|class|corners|costs|ahead|the queue)\\b",
    },
  ),
  rule(
    `\\b(?:cant|can not|canot|cnt|couldnt|could not|unable to|not able to|dont know how (?:much longer|long) i can|dont know if i can|dont think i can|not sure (?:if |that |how (?:much )?(?:longer )?|)i can|how (?:much|long) (?:longer|more) (?:can|do|will|could) i) ${F}(?:do|take|handle|bear|stand|cope|cope with|deal with|face|manage|endure|survive|tolerate|live with|live|exist|fight|keep fighting|keep doing|hold on|hang on|be|go through|do life|keep trying|keep living|carry on|go on|keep going) ${F}(?:this|it|life|living|any of (?:this|it)|everything|the pain|this pain|existing|being alive|being me|myself|much more|the way i feel|feeling like this|these feelings|this feeling|the thoughts|these thoughts|my life|this life|like this|this way|here|alive|on|going|) ?${F}(?:anymore|any more|any longer|no more|much longer|for much longer|for long|another day|one more day|another night|one more night|another minute|another second)\\b`,
    {
      notAfter:
        " (?:of (?:the|these|those|work|school|meetings|traffic|rain|noise)|at (?:work|school|this|that|the)|in (?:this|that|the) (?:job|house|flat|office|city|class|heat|weather|team)|with (?:him|her|them|this|that|my (?:boss|flatmate|roommate|job))|without (?:coffee|a|my)|on (?:this|that|the) (?:diet|team|project))\\b",
    },
  ),
  rule(
    `\\bhow (?:much |)(?:longer|more) (?:can|do|will|could|should|am) i ${F}(?:(?:supposed|expected|meant) to |able to |)(?:go on|keep going|do this|take this|take it|cope|survive|live like this|hold on|hang on|keep fighting|carry on|bear this|bear it|stand this|stand it)\\b`,
    { notAfter: GO_ON_IDIOM },
  ),
  rule(
    `\\b(?:only|best|last|final|one|real|easiest|sole) (?:way out|option|choice|solution|answer|escape|relief|way|thing left|thing i can do|way to stop (?:the|this) pain|way to make it stop|exit) (?:left |for me |i have |ive got |i see |i can see |)(?:is|would be|seems|seems to be|might be|s|feels like|left is) ${F}(?:to |)${F}(?:death|dying|die|suicide|killing myself|kill myself|ending it|end it|ending my life|end my life|to end|disappear|disappearing|not existing|not being here|sleep forever|overdose|overdosing|not wake up|not waking up|jump|jumping|be dead|being dead|go away forever|end everything|ending everything|the pills|a bottle of pills)\\b`,
  ),
  rule(
    `\\b(?:looking up|looked up|look up|looking into|looked into|look into|researching|researched|research|googling|googled|google|searching|searched|search|searched up|reading up on|read up on|reading about|read about|watching videos (?:on|about)|asked (?:chatgpt|google|ai|the internet|reddit|an ai|a chatbot)|asking (?:chatgpt|google|ai|the internet|reddit|an ai|a chatbot)) ${gap(3)}(?:ways|way|methods|method|how|the best way|the easiest way|the quickest way|the fastest way|the least painful way|painless ways|the most painless way|what happens|how long it takes|how long) ${F}(?:to|of|when|if|it takes to) ${F}(?:die|dying|end it|end it all|end my life|ending it|ending my life|kill myself|killing myself|kill yourself|killing yourself|kms|hang myself|hanging myself|hang yourself|overdose|overdosing|od|off myself|not wake up|disappear forever|stop living|stop existing|stop breathing|commit|suicide|unalive|slit|bleed out|drown myself|make it painless|make it quick|make it look like an accident|make it look accidental|go peacefully|go quietly|go painlessly|hurt myself|harm myself|self harm|you (?:die|overdose|od|hang)|someone (?:dies|overdoses|ods)|a person dies)\\b`,
  ),
  rule(
    `\\b(?:looking up|looked up|look up|researching|researched|googling|googled|searching|searched|searched up|reading up on|looking into|looked into) ${gap(2)}(?:ways|methods|how) to(?= ?(?:\\.|$))`,
  ),
  rule(
    `\\b(?:painless|easy|easiest|quickest|fastest|quick|peaceful|least painful|most painless|surest|best|effective|reliable|foolproof|quiet|quietest|cleanest|clean) (?:way|ways|method|methods|means) (?:to|of) ${F}(?:die|dying|end it|end my life|kill myself|killing myself|suicide|commit suicide|overdose|not wake up|end things|off myself|unalive|kms|end it all)\\b`,
  ),
  rule(
    "\\b(?:bought|buy|buying|got|ordered|found|have|hid|hidden|hiding) (?:a |some |the |my |a length of |)(?:rope|noose|razor blades|blades|a razor)(?= ?(?:\\.|$| (?:today|tonight|yesterday|earlier|just in case|for (?:myself|me|later|tonight)|in my (?:room|car|closet|wardrobe|drawer|bag)|under my bed)\\b))",
  ),
  rule(
    "\\b(?:dark|scary|suicidal|bad) thoughts (?:are |)(?:back|again|came back|have come back|coming back|wont stop|about (?:dying|death|ending|not being|hurting|killing|suicide|jumping|overdosing|not existing))\\b",
    { notAfter: " (?:about (?:work|my job|the (?:exam|test|future))|at work)\\b" },
  ),
  rule(
    "\\bthe (?:urges?|thoughts?|voices?) (?:are |is |)(?:back|so strong|really strong|getting (?:worse|stronger|louder|bad)|too strong|winning|to (?:cut|hurt|harm|die|end|kill|jump|burn|overdose|od))\\b",
  ),
  rule(
    `\\b(?:wish i had|if only i had|if i had|dont have|do not have|lack|lacking|never had|finally have|finally found|finally got|working up|build up|building up|have the) ${F}(?:the |)(?:courage|guts|nerve|balls|strength|bravery) to (?:do it|end it|go through with it|jump|pull the trigger|kill myself|end my life|take the pills|finally end it|die|end it all)\\b`,
    {
      notAfter:
        " (?:and (?:ask|tell|quit|leave|apply|say|go|talk|call|text|sign|book)|properly|right)\\b",
    },
  ),
  rule(
    `\\b(?:tried|try|trying|attempted|attempt|attempts|attempting|survived|after|since|before) (?:to |my |a |another |the |)(?:last |first |second |third |previous |most recent |)(?:suicide|kill myself|end my life|end it|take my life|hang myself|overdose|od|end it all)\\b`,
    // "my girlfriend attempted suicide": news of someone else, not the writer's own attempt.
    { notBefore: SOMEONE_ELSE_SUBJECT },
  ),

  // Means asked about: "are sleeping pills enough to kill me", "would a bottle of x do it",
  // "how many would it take", "high enough to jump".
  rule(
    `\\b(?:would|will|could|can|do|does|did|is|are) (?:a |an |the |my |these |those |all (?:my |the |these |)|)(?:\\w+ |)(?:${PILLS}|bottle|mg|tablets|rope|noose|jump|fall|bridge|cliff|roof|drop) ${gap(3)}(?:kil me|do it|do the job|finish me|finish me off|end it|end me|be fatal|be lethal|stop my heart|be enough|make me not wake up)\\b`,
  ),
  rule(
    `\\b(?:enough|would|will|could|can|do|does|did|how many|how much) ${gap(5)}(?:kil me|kill me|do it|do the job|finish me|finish me off|end it|end me|be fatal|be lethal|stop my heart|be enough|make me not wake up|put me to sleep forever)\\b`,
    {
      context: `${PILLS}|\\b(?:bottle|mg|tablets|dose|overdose|od|rope|noose|height|floors?|stories|storey|building|bridge|roof|cliff|knife|blade|gun)\\b`,
      notBefore:
        "(?:parents|mum|mom|dad|boss|teacher|wife|husband|coach|sister|brother) (?:\\w+ ){0,3}",
    },
  ),
  rule(
    "\\b(?:high|tall|deep|strong|sharp|lethal|fatal|enough) enough (?:to |for |)(?:jump|die|kil|do it|hang|end it|hold my weight|kil me)\\b|\\benough (?:pills|tablets|meds|mg) (?:to |)(?:die|kil me|not wake up|do it|overdose|od)\\b",
  ),
  // "the easiest way out of this hell", "best place to jump in front of a train".
  rule(
    "\\b(?:easiest|easy|quickest|quick|fastest|best|painless|least painful|simplest|surest|cleanest|only) (?:way|method|place|spot|exit) (?:out(?! of (?:the|this|that|my|a) (?:contract|deal|job|lease|meeting|car park|carpark|parking|traffic|room|building|house|flat|maze|game|level|class|situation|argument|conversation|chat|plan|trip|wedding|party|debt|loan|town|city))|to (?:die|go|end it|end things|do it|jump|od|overdose|kil myself|check out|hang|disappear)|of dying)\\b",
    {
      notAfter:
        " (?:is|to) (?:the|by|via|through) (?:door|exit|stairs|window|back)\\b| out is (?:the|by|through|via) (?:door|back|front|stairs)\\b",
    },
  ),
  // "blow my brains out", "a bullet through my head".
  rule(
    `\\b(?:blow|blowing|blew|shoot|shooting|put a bullet (?:in|through)|bullet (?:in|through)) (?:out |)my ${F}(?:fucking |)(?:brains?|head)(?: out)?\\b`,
  ),
  // "I just od'd", "took an overdose", "swallowed the whole bottle".
  rule(
    `\\b(?:i|just|ive|i ve|i have|already|finally) ${F}(?:oded|od d|odd on|overdosed|took an? (?:od|overdose)|taken an? (?:od|overdose)|swallowed (?:all|the whole|a whole|every|the rest of|a bottle|the bottle|them all|all of them))\\b`,
  ),
  // Means at hand beside despair: "i have the gun", "sitting here with a knife", "ive got my
  // pills and my wine", "a whole bottle in my hand".
  rule(
    `\\b(?:i have|ive got|i ve got|ive|i got|got|holding|sitting (?:here |)with|in my hand|bought|ordered|saved|saving|stocked up on|collected|hoarding|hoarded|stashed|hidden|hid) (?:the|a|my|some|enough|all my|a whole|a full|another|more) (?:\\w+ ){0,2}(?:gun|rope|noose|knife|blade|razor|bullets?|${PILLS}|bottle(?: of \\w+)?)\\b`,
    { context: CRISIS_CONTEXT },
  ),
  rule(
    "\\b(?:bathtub|bath|tub|bathroom|car|garage) (?:\\w+ ){0,2}(?:and|with) (?:a|the|my) (?:knife|blade|razor|rope|pills|gun)\\b",
  ),
  // On a roof, a ledge or a bridge, waiting: "sitting on a building waiting to jump".
  rule(
    "\\b(?:waiting|about|ready|going|gonna|trying to get the nerve) to (?:jump|let go|step off|slide off)\\b(?! (?:in|into|on|onto|at|up|for|ship|the gun|the queue|the line|to conclusions|around|back|over|out of (?:a |an |the )?(?:plane|aeroplane|airplane|helicopter)))",
    {
      context:
        "\\b(?:building|roof|rooftop|ledge|bridge|edge|cliff|balcony|platform|train|floor|story|storey|stories|window|top of|die|end|life|hate)\\b",
    },
  ),
  // "a method that leaves no trace", "I have the method".
  rule(
    "\\b(?:i have|ive got|ive|found|chosen|chose|picked|decided on|know) (?:the|a|my) (?:method|means|way to do it)\\b|\\bmethod (?:that |which |)(?:leaves no trace|wont hurt|doesnt hurt|is painless|nobody will find|no one will find)\\b",
    { context: CRISIS_CONTEXT },
  ),
  // Counting or measuring out pills; "for the week" is a pill organiser, not a plan.
  rule(
    `\\b(?:measured|counted|counting|measuring) out (?:the |my |all (?:the |my |)|)(?:\\w+ ){0,1}${PILLS}\\b`,
    {
      notAfter:
        " (?:for (?:the week|the day|tomorrow|the month|my (?:pill|dosette|organi[sz]er))|into (?:the|my|a) (?:organi[sz]er|box|dosette|case))\\b",
    },
  ),

  // Picturing one's own body after: "I keep seeing my body floating in the river".
  rule(
    "\\bmy (?:own |)(?:lifeless |dead |cold |)(?:corpse|body) (?:hanging|swinging|floating|being found|on the (?:tracks|floor|ground|rocks)|in the (?:river|water|bath))\\b",
  ),

  // Taking many at once: "i took like 30 pills", "swallowed a whole box of tablets". A dose in
  // milligrams is a prescription, not a count.
  rule(
    `\\bi ${F}(?:took|taken|swallowed|downed|popped|necked|had|ate) ${F}(?:[1-9][0-9]+(?! ?(?:mg|mcg|ml|g|miligrams|milligrams)\\b)|twenty|thirty|forty|fifty|sixty|a hundred|hundreds of|the whole|a whole|a bottle of|a box of|a pack of|a packet of|two boxes of|every single) ${gap(2)}${PILLS}\\b`,
  ),
  // Means made ready: "I have the rope ready", "the noose is tied".
  rule(
    "\\b(?:the|a|my) (?:rope|noose|pils|tablets|gun|knife|blade|razor|bottle) (?:is |are |)(?:ready|set up|tied|in my hand|next to me|beside me|loaded|waiting)\\b",
    { context: CRISIS_CONTEXT },
  ),
];
