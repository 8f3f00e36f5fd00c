/** Wish to be dead: wanting to die, not to wake up, not to exist, to be gone. */

import {
  BE_HERE_IDIOM,
  DEAD_INTENSIFIER,
  DIE_IDIOM,
  DISAPPEAR_IDIOM,
  GO_ON_IDIOM,
  GONE_IDIOM,
  JOKING_AFTER,
  LIVE_IDIOM,
  MADE_ME,
  SO_TRIVIAL,
  SOMEONE_ELSE_SUBJECT,
  TOLD_TO,
  WAKE_IDIOM,
  WHEN_I_SEE,
} from "../idioms.js";
import { type Rule, ruleFor } from "../rule.js";
import { CRISIS_CONTEXT, F, gap, TO } from "../vocabulary.js";

const rule = ruleFor("wish-to-be-dead");

export const wishToBeDead: readonly Rule[] = [
  // Words coined to get past filters, and the plain abbreviations.
  rule(
    "\\b(?:un ?aliv\\w*|self ?delet\\w*|delete myself|deleting myself|toaster bath|commit die|kermit (?:die|sewer\\w*)|kys|ctb)\\b",
  ),
  rule(
    `\\b(?:want|wants|wanted|wanting|wana|wan|wnt|wnat|wamt|whant|ready|prepared|long|longing|yearn|yearning|wish|wishing|wished|wishes|hope|hopes|hoping|pray|prays|praying|trying|tried|try|plan|planning|planned|plans|decided|choose|chose|finna|tryna|allowed|let me|help me|should|shoulda|rather|d rather|would rather|waiting|wait|waiting for|just waiting) ${F}${TO}${F}(?:die|be dead)\\b`,
    {
      notBefore: `cross my heart and |${TOLD_TO}|${MADE_ME}|${WHEN_I_SEE}|${SO_TRIVIAL}|(?:do|does|did) (?:u|you|ya|he|she|they) (?:really |even |)|(?:these|those|some) (?:ppl|people|idiots|guys|folks|protesters) `,
      notAfter: `(?:${JOKING_AFTER}|${DIE_IDIOM}|${DEAD_INTENSIFIER}| than (?!(?:live|living|go on|going on|keep|feel|feeling|be|being|wake|face|spend another|carry on|continue|suffer|endure|burden|stay|exist|go through|do this|deal with|put up with|have to|let|spend|waste|end up)\\b))`,
    },
  ),
  // Deserving or needing to die is the writer's own only when no one else is named as the one
  // who does: "i deserve to die" is flagged, "he deserves to die in prison" and "she didn't
  // deserve to die" are judgements about someone else.
  rule(`\\b(?:need|needed|deserve|deserved) ${F}${TO}${F}(?:die|be dead)\\b`, {
    notBefore: `${SOMEONE_ELSE_SUBJECT}|${TOLD_TO}|${MADE_ME}`,
    notAfter: `(?:${JOKING_AFTER}|${DIE_IDIOM}|${DEAD_INTENSIFIER})`,
  }),
  // "deserves to die", "needs to die": the verb's own ending names someone else as the one who
  // does. Only when it opens the text ("deserves to die tbh", the subject dropped as in texting)
  // is it read as the writer's. Kept as a rule so the scorer does not flag it on its own.
  rule(`\\b(?:deserves|needs) ${F}${TO}${F}(?:die|be dead)\\b`, {
    notBefore: "(?:^|[ .])(?!(?:i|me)\\b)[a-z0-9]+ ",
  }),
  rule(
    `\\b(?:i|id|i d|i would|i wud|i will|il|ill|im|i m|i am|i feel like i) ${F}(?:rather|prefer to|sooner) ${F}(?:be dead|die|not be alive|not exist|not be here anymore)\\b`,
    {
      notAfter: ` than (?!(?:live|living|go on|going on|keep|feel|feeling|be|being|wake|face|spend another|carry on|continue|suffer|endure|burden|stay|exist|go through|do this|deal with|put up with|have to|let|spend|waste|end up)\\b)|${DEAD_INTENSIFIER}|${DIE_IDIOM}`,
    },
  ),
  rule(
    `\\bi ${F}(?:should|shoulda|shouldve|should have|ought to|deserve to) ${F}(?:be dead|have died|died|have been dead|be gone|not be alive|not exist|never have been born)\\b`,
    {
      notAfter: `${DIE_IDIOM}|${DEAD_INTENSIFIER}|${GONE_IDIOM}`,
    },
  ),
  rule(
    `\\b(?:beter|betta|beta|betr|btr|happier|easier|best) (?:of|off) ${F}(?:dead|gone|deceased|six feet under|in the ground|not existing|not alive|not being here|not being around|not being alive|not here|not around|not living|no longer here|no longer alive|never born|never having been born)\\b`,
    {
      notAfter: `${DEAD_INTENSIFIER}|${GONE_IDIOM}| (?:for|at|when|while|during|today|tonight|tomorrow|this (?:week|weekend))\\b`,
    },
  ),
  rule("\\bworth more dead\\b"),
  rule(
    `\\bwish(?:es|ed|) ${F}(?:that )?(?:he|she|they|hed|shed|theyd) ${F}(?:was|were|could be|had never been born|was never born|wasnt alive|didnt exist|could die|would die|could just die) ?${F}(?:dead|)\\b`,
    { notAfter: DEAD_INTENSIFIER },
  ),
  rule(
    `\\b(?:says|said|saying|thinks|thought|feels|felt|told me|tells me|keeps saying|believes|convinced|posted|texted|wrote) ${gap(4)}(?:beter|happier|easier) (?:of |)without (?:him|her|them)\\b`,
  ),
  rule(
    `\\b(?:might|may|could) as well ${F}(?:die|be dead|end it|end it all|kill myself|not exist|not be here|disappear)\\b`,
    { notAfter: `${DIE_IDIOM}|${DISAPPEAR_IDIOM}|${DEAD_INTENSIFIER}` },
  ),
  // "I don't want to be alive", "I no longer want to exist", "I don't feel like living".
  rule(
    `\\b(?:dont|do not|dnt|didnt|did not|no longer|never|not|dont even|dont really|really dont|honestly dont) ${F}(?:want|wana|wanna|wish|care|feel like|desire|deserve|have (?:any )?(?:desire|will|wish)) ${TO}${F}(?:be alive|exist|be in this world|be on this earth|stay alive|keep living|continue living|go on living|breathe|survive|be me anymore|live anymore|live any more|live any longer|living|existing|being alive|do life|do this life|be a person anymore|be a person any more)\\b`,
  ),
  rule(
    `\\b(?:dont|do not|didnt|did not|no longer|never|not|nt) ${gap(3)}(?:want|wana|wanna|wish) ${TO}${F}(?:be alive|exist|stay alive|keep living|live anymore|live any more|be alive anymore|be here anymore|be around anymore|go on living|keep existing)\\b`,
  ),
  rule(
    `\\b(?:not|wont|never|dont think ill|dont think i will|dont think im going to|dont think im gonna|not going to|not gonna|probably wont|might not|may not|doubt ill|doubt i will|doubt im going to|not sure ill|not sure i will) ${gap(2)}(?:be|stay|being|staying) (?:here|around|alive) ${F}(?:much longer|for much longer|next (?:year|christmas|summer|spring|birthday)|by (?:christmas|summer|next (?:year|month|week)|the end of (?:the|this) (?:year|month|week))|to see (?:christmas|next year|my (?:next )?birthday|spring|summer|the new year))\\b`,
    {
      negatable: false,
      notAfter:
        " (?:at|in (?:this|the) (?:job|company|team|office|role|city|town|flat|house|country)|on (?:this|the) (?:team|project)|because|cause|cos|since|as|(?:were|we re|im|i m|were all) (?:moving|leaving|relocating|emigrating|visiting|going|away|off|travel\\w*|on (?:holiday|leave|vacation))|if (?:the|this|they|he|she)|for (?:the|my|our) (?:job|course|contract|lease))\\b",
    },
  ),
  // "It would be so easy to just not exist", "how peaceful it would be to never wake up".
  rule(
    `\\b(?:peaceful|nice|easy|easier|beter|lovely|relief|relieving|comforting|tempting|freeing|simple|simpler|quiet|calm|good|a mercy|kinder) ${gap(3)}(?:to|if i (?:could |would |just |)|if i) ${F}(?:not exist|not be alive|stop existing|never wake up|not wake up|be dead|die|disappear forever|fade away|sleep forever|end it|end it all|stop breathing|go to sleep forever|not be here anymore|not be around anymore|never existed|didnt exist|wasnt alive|didnt wake up|died)\\b`,
    { notAfter: DIE_IDIOM },
  ),
  rule(
    `\\b(?:dont|do not|dnt|didnt|did not|no longer|never|not|dont even|dont really|really dont|honestly dont) ${F}(?:want|wana|wanna|wish|desire|deserve|feel like|have (?:any )?(?:desire|will|wish)) ${TO}${F}live\\b`,
    { notAfter: LIVE_IDIOM },
  ),
  rule(
    `\\b(?:dont|do not|dnt|didnt|did not|no longer|never|not|dont even|dont really|really dont|honestly dont) ${F}(?:want|wana|wanna|wish|feel like|desire) ${TO}${F}(?:be here|be around)\\b`,
    { notAfter: BE_HERE_IDIOM },
  ),
  rule(
    `\\b(?:dont|do not|dnt|didnt|did not|no longer|never|not|dont even|dont really|really dont|honestly dont) ${F}(?:want|wana|wanna|wish|plan|intend|feel like|need|care) ${TO}${F}(?:ever )?wake up\\b`,
    { notAfter: WAKE_IDIOM },
  ),
  rule(
    `\\b(?:hope|hopes|hoping|wish|wishes|wishing|pray|prays|praying|prayed|want|wanting|wana|rather|prefer|d like|would like|please let me|let me|dream of|dreaming of) (?:that )?(?:i |to |me )?${F}(?:dont|do not|wont|will not|never|not|didnt|did not|wouldnt|would not|dont ever|never ever) ${F}(?:have to )?(?:ever )?(?:wake|waking) up\\b`,
    { notAfter: WAKE_IDIOM, negatable: false },
  ),
  rule(
    `\\b(?:go|goes|went|going|fall|fell|falling|drift|drifting|slip|slipping|close my eyes|sleep) ${F}(?:off )?(?:to )?(?:sleep |asleep |bed |)(?:and|n|then) ${F}(?:never|not|dont|wont|not ever|never ever) ${F}(?:have to |)(?:wake|waking|get up|open them|come back|deal with (?:anything|it|life|any of it|anyone)|face (?:anything|anyone|life|tomorrow|the world)|feel anything)\\b`,
    {
      negatable: false,
      notAfter:
        " (?:on (?:a|the)? ?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|weekdays?)|early|before|at [0-9]|for (?:work|school|class|uni|college)|til|till|until (?:noon|lunch|midday|[0-9]|ten|eleven|twelve))\\b",
    },
  ),
  rule(
    `\\b(?:want|wants|wanted|wanna|wana|wish|wishing|long|longing|hope|hoping|ready|need|love|yearn|d like|would like) ${F}(?:to |i could |i would |i d |i could just |)${F}(?:go to |fall |drift off to |)(?:sleep|asleep|rest) (?:forever|for ever|permanently|eternally|and never wake up|for good|in peace)\\b`,
    { notAfter: " (?:this|on|at|in|tomorrow|after|when|like a|til|till|until)\\b" },
  ),
  rule("\\beternal (?:sleep|rest|slumber)\\b"),
  // "I wish I was dead", "I wish I'd never been born", "I hope I die in my sleep".
  rule(
    `\\b(?:wish|wishing|wished|wishes|hope|hopes|hoping|pray|prays|praying|prayed) ${F}(?:that )?i ${F}(?:was|were|d be|would be|could be|was just|were just|had been) ${F}(?:dead|never born|not born|not alive|not in this world|no longer alive|in the ground|six feet under|in heaven)\\b`,
    { notAfter: DEAD_INTENSIFIER },
  ),
  rule(
    `\\b(?:wish|wishing|wished|wishes|hope|hopes|hoping|pray|prays|praying) ${F}(?:that )?i ${F}(?:was|were|could be|would be|d be|was just|were just) ${F}gone\\b`,
    { notAfter: GONE_IDIOM },
  ),
  rule(
    `\\b(?:wish|wishing|wished|wishes) ${F}(?:that )?i ${F}(?:was|were|could be|would be) ${F}(?:not here|not around|no longer here|no longer around)\\b`,
    { notAfter: BE_HERE_IDIOM },
  ),
  rule(
    `\\b(?:wish|wishing|wished|wishes|hope|hoping) ${F}(?:that )?i ${F}(?:wasnt|werent|was not|were not) ${F}(?:alive|born|in this world|on this earth|breathing|here anymore|around anymore|here any more)\\b`,
  ),
  rule(
    `\\b(?:wish|wishing|wished|wishes) ${F}(?:that )?i ${F}(?:wasnt|werent|was not|were not) ${F}(?:here|around)\\b`,
    { notAfter: BE_HERE_IDIOM },
  ),
  rule(
    `\\b(?:wish|wishing|wished|wishes) ${F}(?:that )?i ${F}(?:hadnt|had not|d never|had never|was never|were never|never|hadnt ever) ${F}(?:been born|born|existed|woken up|woke up|exist|lived|been alive)\\b`,
  ),
  rule(
    `\\b(?:wish|wishing|wished|wishes|hope|hopes|hoping|pray|prays|praying) ${F}(?:that )?i ${F}(?:didnt|did not|dont|do not|wouldnt|would not|wont|will not|could not|couldnt|never) ${F}(?:exist|wake up|have to wake up|have to exist|have to live|have to be alive|have to keep living|have to keep going|have to go on|have to be me)\\b`,
    { notAfter: `${WAKE_IDIOM}|${GO_ON_IDIOM}|${LIVE_IDIOM}`, negatable: false },
  ),
  rule(
    `\\b(?:wish|wishing|wished|wishes|hope|hopes|hoping|pray|prays|praying) ${F}(?:that )?i ${F}(?:could|would|will|can|might|d|may) ${F}(?:die|stop existing|not exist|sleep forever|not wake up|never wake up|cease to exist|stop breathing|be dead|drop dead|end it|go to heaven|slip away|just end|fall asleep forever|stop(?= ?(?:\\.|$| (?:everything|it all|forever|for good|existing|living|being)\\b))|be with (?:my )?(?:mum|mom|dad|grandma|gran|grandad|grandpa|nan|nana|brother|sister|son|daughter|baby) again)\\b`,
    { notAfter: `${DIE_IDIOM}|${DEAD_INTENSIFIER}` },
  ),
  rule(
    `\\b(?:wish|wishing|wished|wishes|hope|hopes|hoping|pray|prays|praying) ${F}(?:that )?i ${F}(?:could|would|will|can|might|d|may) ${F}(?:disappear|vanish|fade away|evaporate|dissolve|melt away|be gone)\\b`,
    { notAfter: `${DISAPPEAR_IDIOM}|${GONE_IDIOM}` },
  ),
  rule(
    `\\b(?:wish|wishing|wished|wishes|hope|hopes|hoping|pray|prays|praying|prayed) ${F}(?:that )?i ${F}(?:die|died|had died|d died|would die|drop dead|dropped dead|get cancer|got cancer|get sick and die|never wake up|dont wake up|wont wake up|do not wake up|didnt wake up|stop breathing|just stopped breathing|stop existing|stopped existing|was dead|were dead|get killed|got killed)\\b`,
    { notAfter: `${DIE_IDIOM}|${DEAD_INTENSIFIER}|${WAKE_IDIOM}`, negatable: false },
  ),
  // Wishing for an accident: "I hope a bus hits me", "I wouldn't mind getting hit by a car".
  rule(
    `\\b(?:wish|wishing|hope|hoping|pray|praying|wouldnt mind|would not mind|dont care|do not care|dont mind) ${F}(?:that |if )?(?:i )?${F}(?:get|got|gets|would get|d get|was|were|could get|getting|be|being) ${F}(?:hit|run over|killed|struck|taken out|crushed|mowed down) by\\b`,
    { negatable: false },
  ),
  rule(
    `\\b(?:wish|wishing|hope|hoping|pray|praying|want|wanting|wana|need) ${gap(3)}(?:that )?(?:someone|somebody|something|god|the universe|life|the lord|jesus|death) ${F}(?:would |will |could |to |might |)${F}(?:kill|kills|end|ends|take|takes|took) me\\b`,
    { notAfter: " (?:out|to|home|away|with|on|in|for|shopping|seriously|back|along|up|off)\\b" },
  ),
  rule(
    `\\b(?:wouldnt|would not|wudnt|dont|do not) ${F}(?:mind|care about) (?:dying|being dead|not waking up|not existing|never waking up|getting hit|death|it all ending|if it all ended|if everything ended)\\b`,
    { notAfter: DIE_IDIOM, negatable: false },
  ),
  rule("\\b(?:if|whether) i (?:live|lived|survive) or (?:die|died|not)\\b"),
  rule(
    `\\b(?:hope|hoping|wish|wishing|pray|praying) ${gap(2)}(?:that |)i (?:dont|do not|wont|will not|never|dont ever) (?:make it|survive|come out of|wake up from|get through|come round from|come back from) ${gap(2)}(?:surgery|operation|the op|op|anaesthetic|anesthetic|the night|the winter|this illness|the crash|it alive)\\b`,
    { negatable: false },
  ),
  rule(
    `\\bif i ${F}(?:die|died|didnt wake up|dont wake up|never woke up|never wake up|was dead|were dead|stopped existing|just died|just disappeared|never existed) ${gap(4)}(?:so be it|thats fine|that would be fine|itd be fine|it would be fine|itd be a relief|it would be a relief|what a relief|relief|good riddance|who cares|whatever|no big deal|id be okay|id be ok|i wouldnt mind|i would not mind|i dont care|id be fine|id be glad|id welcome it|i would welcome it|fine by me|fine with me|okay with me|ok with me|id be happy|i would be happy|honestly fine|not a bad thing|wouldnt be so bad|wouldnt be bad|be better|be easier)\\b`,
    { negatable: false },
  ),
  // "I just want to disappear", "I want to stop existing", "I want to not be here".
  rule(
    `\\b(?:want|wants|wanted|wanting|wana|wanna|need|needs|ready|long|longing|yearn|yearning|would love|d love|could just|going|gonna|gona|finna|tryna|trying|try|i just|i often|i sometimes|should|shld|ought to|have to|might as well|may as well) ${F}${TO}${F}(?:disappear|vanish|fade away|fade out|evaporate|cease to exist|stop existing|not exist|dissolve|slip away|be gone|leave this world|leave this earth|be erased|be wiped from existence|be nothing|be no more|stop being alive|stop being here|stop being me)\\b`,
    { notAfter: `${DISAPPEAR_IDIOM}|${GONE_IDIOM}| (?:on|as|like|purely|only|just on)\\b` },
  ),
  rule(
    `\\b(?:disappear|disappearing|vanish|vanishing|fade away|fading away) ${F}(?:forever|for good|permanently|for ever|and never come back|and not come back|off the face of the earth|from (?:this|the) (?:world|earth)|from existence|from everyones lives|from their lives|completely and forever)\\b`,
  ),
  rule("\\b(?:go|going) away (?:forever|for good|permanently)\\b", {
    notAfter:
      " (?:moving|to|abroad|overseas|next|in (?:january|february|march|april|may|june|july|august|september|october|november|december|the (?:spring|summer|autumn|fall|winter|new year))|for (?:uni|university|work|a job|college)|after (?:graduation|uni|the wedding))\\b",
    notBefore:
      "(?:tell|told|telling|asked|ask|make|made|want|wanted|wish|wanting) (?:him|her|them|it|you|the pain|this pain|the pain to|this|that) (?:to )?",
  }),
  rule(
    `\\b(?:want|need|needs|wish|wishing|hope|hoping|just want) ${F}(?:it|this) ${F}(?:all |)(?:to |)(?:be over|end|stop)(?= ?\\.? ?(?:all of it|everything|forever|for good|permanently|completely|all of this|the whole thing)\\b)`,
  ),
  rule(
    `\\bplease ${F}(?:make|let) (?:it|this|everything|it all|the pain|the thoughts|the voices) ${F}(?:stop|end|be over)\\b`,
    {
      notAfter: " (?:raining|snowing|for (?:a|one) (?:minute|second|moment))\\b",
    },
  ),
  rule(
    `\\bend (?:my|the|this) (?:pain|suffering|misery|torment|agony) (?:for good|forever|permanently|once and for all|for ever)\\b`,
  ),
  rule(
    `\\b(?:leave|leaving|left|depart|departing|exit|exiting|quit|quitting) (?:this|the) (?:world|earth|life|mortal coil|planet for good)\\b`,
    { notAfter: " (?:of|behind|for (?:a|the)|better|a better)\\b" },
  ),
  rule(
    `\\b(?:want|wana|wanna|ready|long|longing|wish i could|cant wait|going|need|yearn|yearning) ${F}${TO}${F}(?:join|be with|see|go to|be reunited with|follow) (?:him|her|them|my [a-z]+)(?: again| in heaven| on the other side| up there| soon|)(?= ?(?:\\.|$))`,
    { requireBefore: "\\b(?:died|passed|dead|death|killed|lost|funeral|grave|heaven|suicide)\\b" },
  ),
  rule(
    `\\b(?:hope|hoping|hopes|wish|wishing|pray|praying|want) ${gap(2)}(?:is|will be|to be|be|was) my (?:last|final) (?:night|day|week|breath|birthday|christmas|morning)(?= ?(?:\\.|$| (?:alive|on earth|ever|here|on this earth)\\b))`,
  ),
  rule(
    `\\b(?:give|giving|gave|given) up on everything ${gap(3)}(?:including|even|especially) ${F}(?:living|life|being alive|myself|staying alive)\\b`,
  ),
  rule(
    "\\b(?:thinking about it|thinking about doing it|considering it|so tempted|really tempted|tempted|going to do it|gonna do it|might do it|could do it|want to do it|about to do it|ready to do it)(?= ?(?:\\.|$| (?:tonight|now|again|so bad|so badly)\\b))",
    {
      requireBefore:
        "\\b(?:pills|tablets|paracetamol|rope|noose|knife|knives|blade|blades|razor|bridge|edge|ledge|gun|overdose|jump|jumping|tracks|roof|balcony|cliff)\\b",
    },
  ),
  rule("\\bwith (?:living|life|being alive|existing|breathing|it all)(?= ?(?:\\.|$))", {
    requireBefore: "\\b(?:done|finished|through|over it|tired|sick|fed up)\\b",
  }),
  rule(
    `\\b(?:anything|everything|give anything|do anything|pay anything) ${F}(?:to |)(?:not exist|not be alive|never have been born|stop existing|not wake up|be dead|die|not be here anymore)\\b`,
    { notAfter: DIE_IDIOM },
  ),
  rule(
    `\\b(?:not|no longer|never) ${F}(?:scared|afraid|frightened|fearful|worried) (?:of|about) (?:dying|death|being dead|not waking up)(?= (?:anymore|any more|now|at all now)\\b)|\\bno longer ${F}(?:scared|afraid|frightened|fearful) (?:of|about) (?:dying|death|being dead)\\b`,
    { negatable: false },
  ),
  rule(`\\bstop(?:ped)? existing\\b`, {
    notAfter: " (?:on|off|in|at|as|like|for|just|only|purely|outside|online|offline)\\b",
  }),
  rule(
    `\\b(?:feel|feeling|felt|feels) like ${F}(?:dying|dieing|ending it|ending it all|killing myself|ending my life|not existing|disappearing forever|i want to die|i should die|i should be dead|i should just die)\\b`,
    {
      notAfter: `${DIE_IDIOM}| (?:of|from|laughing|because of|after (?:that|this) (?:run|workout|hike|meal))\\b`,
    },
  ),
  rule(
    `\\bwant out (?:of (?:life|this life|this world|existence|living|it all|everything|being alive)|for good|forever|permanently|of here for good)\\b`,
  ),
  // "I want it all to end", "I just want everything to stop", "I want my life to be over".
  rule(
    `\\b(?:want|wants|wanted|wanting|wana|wanna|need|needs|wish|wishing|hope|hoping|pray|praying|ready for|longing for|waiting for) ${F}(?:it all|everything|all of it|all of this|all this|this life|my life|life|my existence|existence|the world|it all just) ${F}(?:to |would |will |could |might |)${F}(?:end|stop|be over|finish|go away|be done|disappear|cease)\\b`,
    {
      notAfter:
        " (?:for (?:a|one|just|the) (?:minute|second|moment|bit|while|day|night|week|weekend|evening|hour)|so i can|and (?:start|begin)|early|on time|soon so|with a)\\b",
    },
  ),
  rule(
    `\\b(?:want|wants|wanted|wanting|wana|wanna|need|needs|wish|wishing|hope|hoping|pray|praying) ${F}(?:it|this|things|the pain|this pain|the suffering|this suffering|the hurt|everything|it all) ${F}(?:to |would |will |could |)${F}(?:end|stop|be over|go away) ${F}(?:forever|for good|permanently|for ever|once and for all|for real this time)\\b`,
  ),
  rule(
    `\\b(?:want|wants|wanted|wanting|wana|wanna|wish|wishing|rather|prefer|d like|would like|ready|need|just want|long|longing|hope|hoping|tempting|easier|better) ${F}(?:to |i could |i could just |i would |i d |if i could |)${F}(?:not|never|no longer) ${F}(?:be alive|exist|be in this world|be on this earth|be breathing|be anymore|wake up|be here anymore|be around anymore|be here any more|be around any more)\\b`,
    { notAfter: WAKE_IDIOM, negatable: false },
  ),
  rule(
    `\\b(?:want|wants|wanted|wanting|wana|wanna|wish|wishing|rather|prefer|d like|would like|ready|need|just want|long|longing|hope|hoping) ${F}(?:to |i could |i could just |i would |i d |)${F}(?:not|never|no longer) ${F}(?:be here|be around)\\b`,
    { notAfter: BE_HERE_IDIOM, negatable: false },
  ),
  rule(
    `\\b(?:want|wants|wanted|wanting|wana|wanna|wish|wishing|need|ready|long|longing|desperate) ${F}${TO}${F}(?:stop|quit|cease) ${F}(?:living|breathing|being alive|my life)\\b`,
    {
      notAfter:
        " (?:in|with|at|like|off|for|under|on|by|out of|paycheck|beyond|so|through|loudly|heavily|down)\\b",
    },
  ),
  rule(
    `\\b(?:want|wants|wanted|wana|wanna|ready|long|longing|wish i could|yearn|yearning) ${F}${TO}${F}(?:go to heaven|be in heaven|join (?:my|him|her|them) in heaven|be with (?:my )?(?:mum|mom|dad|grandma|gran|grandad|grandpa|nan|nana|brother|sister|son|daughter|baby|wife|husband) (?:again|in heaven|on the other side))\\b`,
  ),
  rule(
    `\\b(?:so |very |really |)(?:tired|sick|exhausted|weary|fed up|done|finished|through|over|sick and tired) ${F}(?:with|of|from|w) ${F}(?:life|living|being alive|existing|this life|my life|this world|breathing|waking up|fighting to stay alive|trying to stay alive|trying to live|staying alive|existence|my existence|everything and everyone|being here)\\b`,
    {
      notAfter:
        " (?:admin|insurance|coaching|coach|lessons|hacks|skills|drawing|class|classes|goals|advice|updates|at|early|so early|to|before|in|with|here|like (?:a|an)|on (?:a|the)|alone|together|abroad|near|by)\\b",
    },
  ),
  rule(
    `\\b(?:hate|hating|hated|loathe|despise|resent) ${F}(?:being alive|existing|my existence|that im alive|that i am alive|that i exist|being born|still being alive|that i woke up|waking up alive|waking up every day|waking up each day|that i keep waking up)\\b`,
  ),
  rule(
    `\\b(?:regret|regretting|curse|cursed|cursing) ${F}(?:being born|the day i was born|ever being born|my birth|that i was born|that i exist|my existence)\\b`,
  ),
  rule(
    "\\bwhy (?:was|were|did|do) i (?:ever |even |have to |)(?:born|get born|be born|have to be born)\\b",
  ),
  rule(
    `\\bwhy (?:cant|can not|canot|wont|doesnt|couldnt) ${F}(?:i|god|anyone|someone|something|this|life|it) ${F}(?:just |)(?:die|be dead|not exist|stop existing|disappear|end it|kill me|let me die|take me|not wake up|stop|end)\\b`,
    { notAfter: `${DIE_IDIOM}| (?:raining|snowing|ringing|making noise|being so)\\b` },
  ),
  rule(
    "\\bwhy (?:im|i m|i am|am i) (?:still|even|ever) (?:here|alive|around|breathing|living)\\b",
    { notAfter: " (?:at|in|on|after|so late|this late|at this hour|doing|with|working)\\b" },
  ),
  rule(
    `\\b(?:not|never|wasnt|was not|werent|were not|isnt|arent) ${F}(?:meant|supposed|built|made) (?:to|2) ${F}(?:be alive|exist|live|be born|have been born|survive|be in this world|be here anymore|be on this earth)\\b`,
    {
      negatable: false,
      notAfter:
        " (?:like this|this way|in (?:this|a) (?:city|town|house|flat|job|place|climate)|with)\\b",
    },
  ),
  rule(
    `\\b(?:dont|do not|never|no longer|not|doesnt feel like i|dont feel like i) ${F}belong (?:in this world|on this earth|here anymore|anywhere anymore|among the living|alive|in this life|in the world)\\b`,
    { negatable: false },
  ),
  rule(
    `\\b(?:dont|do not|not|no longer|never) ${F}(?:plan|planning|intend|intending|expect|expecting) (?:on |to |)(?:being |be |staying |stay |)(?:alive|around much longer|here much longer|alive much longer|here next year|around next year)\\b`,
    { negatable: false },
  ),
  rule(
    `\\b(?:wont|will not|not going to|not gonna|dont think ill|dont think i will|doubt ill|doubt i will|might not|may not|probably wont|not sure ill|not sure i will) ${F}(?:make it|live|survive|be alive|be here|be around|last) (?:to|till|til|until|through|past) (?:my (?:next |)birthday|christmas|next year|the new year|new year|the end of the year|spring|summer|the morning|morning)(?! (?:dinner|lunch|party|drinks|do|event|market|fair|service|celebrations?|meal|parade|concert|show|match|game))\\b`,
    { negatable: false },
  ),
  rule(
    "\\b(?:never|shouldnt|should not|should never) (?:should have|shouldve|should ve|have|) ?been born\\b",
  ),
  rule("\\b(?:i|me) (?:was|were|d|had) never (?:been )?born\\b"),
  rule(
    `\\bi ${F}(?:shouldnt|should not|dont deserve to|do not deserve to|dont get to|dont have the right to) ${F}(?:exist|be alive|live|be born|have been born|be breathing|still be alive|be here anymore|be on this earth|be in this world)\\b`,
    { negatable: false },
  ),
  rule(
    `\\b(?:death|dying|being dead|not existing|not being alive|not waking up|nonexistence|non existence|eternal sleep|oblivion|the void|never waking up) ${F}(?:would be|sounds|seems|feels|is|looks|must be|could be|will be|would feel|might be|seems like) ${F}(?:like )?(?:a |such a |so |more |)${F}(?:relief|release|mercy|blessing|peaceful|peace|nice|better|easier|welcome|comforting|appealing|tempting|inviting|freedom|escape|gift|lovely|kind|good|great|preferable|the answer|the only (?:way|answer|option|solution|escape)|a way out|the way out|my only)\\b`,
  ),
  rule(
    `\\b(?:welcome|welcoming|embrace|embracing|long for|longing for|crave|craving|yearn for|yearning for|pray for|praying for|wish for|wishing for|ready for|await|awaiting|waiting for|look forward to|looking forward to|envy the dead|jealous of the dead|jealous of people who die) ${F}(?:death|dying|the end|my death|oblivion|eternal sleep|the void|nonexistence|non existence|not existing|not waking up|my funeral|being dead)\\b`,
    {
      notAfter:
        " (?:of|metal|cab|star|stare|row|toll|rate|penalty|match|grip|trap|scene|by|note|valley|march|eater|knight|stranding)\\b",
    },
  ),
  rule(
    `\\b(?:not waking up|never waking up|dying|death|being dead) ${F}(?:is|would be|sounds|seems|feels) ${F}(?:like )?(?:a |)${F}(?:relief|nice|comforting|peaceful|appealing|tempting|better)\\b`,
  ),

  // "all i want to do is die", "the only thing I want is to not wake up": the wish said as the
  // one thing left, however many words sit between.
  rule(
    `\\b(?:all|the only thing|only thing|all that) (?:i|im|i am) ${F}(?:want|wana|wanna|wanted|need|needed|think about|can think about|ask for) (?:to do |right now |now |anymore |any more )?(?:is|was|its) ${F}(?:to |2 |for me to |for it to |)${F}(?:die|be dead|not exist|stop existing|not wake up|never wake up|disappear forever|end it|end it all|end my life|kill myself|sleep forever|be gone|jump (?:off|from|in front of))\\b`,
    { notAfter: `${JOKING_AFTER}|${DIE_IDIOM}` },
  ),
  // "can i just die", "why cant i just die already", "when can i die and be done".
  rule(
    `\\b(?:can|cant|cnt|could|couldnt|why cant|why can t|may|when can|when do) i ${F}(?:die|be dead|stop existing|disappear forever|go to sleep forever|sleep forever|not wake up|never wake up|cease to exist)\\b`,
    { notAfter: `${JOKING_AFTER}|${DIE_IDIOM}| (?:happy|a (?:happy|hero|legend))\\b` },
  ),
  // "go to sleep forever", "i wish the pills put me to sleep forever"; "I could sleep forever" is
  // only tiredness, so it needs a wish or a plea before it.
  rule(
    `\\b(?:want|wana|wanna|wish|wished|hope|hoping|let me|put me to|go to|just|why cant i|cant i|i ned to|need to) ${F}(?:go to |to |)sleep (?:forever|for ever|permanently|and never wake|eternally|for good)\\b`,
    {
      notAfter: " (?:this|on|tomorrow|today|after|til|till|until|tonight|in|at|on the)\\b",
      notBefore: "(?:could|cud|i ll|il) (?:just |)",
    },
  ),
  // "disappointed I'm still here", "angry that I woke up again", "sad I survived".
  rule(
    `\\b(?:disappointed|sad|upset|angry|annoyed|pissed|gutted|hate|hate it|mad|sick) (?:that |when |)(?:i am|im|i m|i) ${F}(?:still (?:here|alive|breathing|around|living)|woke up again|wake up again|survived|didnt die|did not die|am alive|m alive|woke up (?:this morning|today) (?:again|at all))\\b`,
  ),
  // "nothing worth living for", "no one left to stay alive for".
  rule(
    "\\b(?:nothing|no one|noone|nobody|not much|nothing left|no reason|not one thing) (?:left |here |)(?:worth|to) (?:living|live|stay alive|stick around|be alive|keep going|carry on) for\\b",
  ),

  // Dying treated as all right: "if I die tonight it's fine", "if I don't wake up that's ok".
  rule(
    `\\bif i ${F}(?:die|died|dont wake up|never wake up|didnt wake up|stop breathing) ${gap(2)}(?:its|thats|it is|that is|it would be|it d be|itd be|id be|i d be|i would be|i wouldnt) ${F}(?:fine|ok|okay|alright|for the best|better|a relief|what i want|relieved|happy|glad|mind)\\b`,
  ),
  // "I'll be dead soon anyway", "gonna be dead by tomorrow".
  rule(
    `\\b(?:i wil|il|i l|im going to|i am going to|gona|im gona|i am gona|i wont be alive|i probably wil) ${F}(?:be dead|be gone|not be here|not be around|no longer be here) ${F}(?:by|before|soon|tomorrow|tonight|this time|next|in (?:a|the|two|three|few))\\b`,
    { notAfter: " (?:tired|on my feet)\\b", context: CRISIS_CONTEXT },
  ),
  rule(
    `\\b(?:i wil|il|i l|im going to|i am going to|gona|im gona|i am gona) ${F}be dead (?:soon|anyway|anyways|by (?:tomorrow|tonight|morning|the weekend|next week))\\b`,
    { notAfter: " (?:tired|on my feet|if (?:mum|mom|dad|my (?:boss|parents|teacher)))\\b" },
  ),

  // Wanting out of life itself: "i hate my life and want out", "i want it all over".
  rule(
    `\\b(?:want|wana|ned|need|just want) ${F}out\\b(?! of (?:the|this|my|that|a|our) (?:job|relationship|contract|house|flat|town|city|class|group|chat|meeting|marriage|lease|deal|band|team|course))`,
    { context: CRISIS_CONTEXT },
  ),
  rule(`\\bwant (?:it|it al|this|everything|my life|al of this) ${F}(?:to be |)over\\b`, {
    context: CRISIS_CONTEXT,
  }),
  rule(
    `\\b(?:it|its|it wil|itl|everything|it al|al of this|this) ${F}(?:wil be|going to be|gona be|be|is|s) ${F}over (?:soon|tonight|tomorrow|shortly|in a few)\\b`,
    { context: CRISIS_CONTEXT },
  ),
];
