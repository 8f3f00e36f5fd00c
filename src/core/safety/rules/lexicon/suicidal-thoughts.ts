/** Thoughts of suicide, not yet specific: suicide named, killing or ending oneself, not being able to go on, no way out, nothing to live for. */

import {
  A_WORK_ABOUT,
  BUCKET_LIST,
  BY_ACCIDENT_BEFORE,
  DESCRIBES_SOMEONE,
  GO_ON_IDIOM,
  HIGH_NOTE,
  IF_TRIVIAL_AGAIN,
  JOKING_AFTER,
  JUMPING_IDIOM,
  MADE_ME,
  SO_TRIVIAL,
  SOMEONE_ELSE_ATTEMPT,
  THEN_ID_HAVE_TO,
  TOLD_TO,
} from "../idioms.js";
import { type Rule, ruleFor } from "../rule.js";
import { CRISIS_CONTEXT, DWELLING, F, GONE_TRAVEL, gap, MYSELF } from "../vocabulary.js";

const rule = ruleFor("suicidal-thoughts");

export const suicidalThoughts: readonly Rule[] = [
  // "suicide", "suicidal" and the spellings people type in a hurry: sucide, suicdal, suiside.
  rule(
    "\\b(?:s(?:[uo]|ou)[iy][aeuo]?[cs][aeiy]{0,2}d\\w*|s[uo][aeuo]?[cs][iy][aeuo]?d\\w*|sewer ?slide\\w*|suicide\\w*)",
    {
      notBefore: `${SOMEONE_ELSE_ATTEMPT}|if (?:you|u|youre|ur|you are|anyone is|anyone s) (?:ever |)(?:feeling |having |)|(?:to|for) anyone (?:with |feeling |having |who is |whos |)|anyone (?:who is |whos |feeling |having )|(?:career|political|social|commercial|electoral|professional|financial|fashion|brand|corporate|tactical|reputational|cultural|economic|ratings) |${A_WORK_ABOUT}`,
      notAfter: `${DESCRIBES_SOMEONE}| (?:squad|doors?|sprints?|drills?|runs?|burn|kings?|blonde|bomb\\w*|attack\\w*|mission\\w*|vest|lane|jockey|knob|sauce|wings|soda|shifts?|prevention (?!line|hotline|helpline|lifeline|number|text)|awareness|statistics|stats|rates?|research|charit\\w*)\\b`,
    },
  ),
  rule("\\bkms\\b", {
    notBefore:
      "(?:[0-9]|[0-9]\\.[0-9]|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|some|of|hundred|thousand|couple) ",
    notAfter:
      " (?:away|from|to (?:the|go|get)|of|per|an hour|a day|each way|north|south|east|west|long|high|run|walk|hike|ride|cycle|drive|in (?:under|about|less))\\b",
  }),
  // The writer's own self ("kill ur self" is how some say it of themselves). Someone telling the
  // writer to ("he told me to kill myself") is cruelty reported, not a wish.
  rule(`\\b(?:kil|kils|kiled|kiling|kilin|klil) (?:${MYSELF}|yourself|urself|ur self)\\b`, {
    notBefore: `${TOLD_TO}|${MADE_ME}|${SO_TRIVIAL}|${IF_TRIVIAL_AGAIN}|${THEN_ID_HAVE_TO}|${BY_ACCIDENT_BEFORE}`,
    notAfter: `${JOKING_AFTER}| (?:laughing|working|studying|training|at (?:work|the gym|training|practice|the office|my job)|to (?:get|make|finish|meet|hit|keep|pay|pass|impress|please|prove)|over (?:a|an|the|this|that|one|my|some) (?:deadline|project|assignment|essay|exam|test|job|grade|mark|presentation|report|interview|game|match))\\b`,
  }),
  // A friend who wants to is worth the crisis lines to the person writing; news that someone
  // killed themselves, or tried to, is not the writer's own crisis.
  rule(`\\b(?:kil|kils|kiling|kilin|klil) (?:himself|herself|themselves|themself)\\b`, {
    notBefore: `${TOLD_TO}|${MADE_ME}|(?:tried|attempted) (?:to |2 )`,
    notAfter: `${JOKING_AFTER}| (?:laughing|working|studying|training|at (?:work|the gym|training|practice|the office|my job)|to (?:get|make|finish|meet|hit|keep|pay|pass|impress|please|prove)|over (?:a|an|the|this|that|one|my|some) (?:deadline|project|assignment|essay|exam|test|job|grade|mark|presentation|report|interview|game|match))\\b`,
  }),
  // "off myself" squeezes to "of myself" ("proud of myself"), so it needs the verb before it.
  rule(`\\b(?:ofs|ofed|ofing|end|ending|ended|murder|murdering) ${MYSELF}\\b`),
  rule(
    `\\b(?:end|ends|ending|ended|take|takes|taking|took|taken|finish|finishing) ${F}(?:my|my own|mine|his own|her own|their own|your own) ${F}life\\b`,
    {
      notAfter:
        " (?:back|into|in (?:a|my|new|the)|seriously|one|step|apart|by the|of|off (?:pause|hold)|as i knew it|to the next level|savings|sentence|story|insurance|goals?|plans?)\\b",
    },
  ),
  rule("\\bcutting again\\b", {
    notBefore:
      "(?:hair|grass|budget|budgets|costs|lawn|hedge|hedges|prices|jobs|staff|funding|corners|carbs|sugar|back|power|water|council|company|government|cake|bread|they|theyre|they are|he|she|hes|shes|we|were|my (?:hair|fringe|bangs)|the (?:power|internet|wifi|signal|call|line|phone)) ",
  }),
  rule(
    `\\b(?:hurt|hurts|hurting) ${MYSELF} (?:on purpose|deliberately|intentionally|again|when|whenever|to cope|to feel|so (?:i|that)|because|every|until|till|til|in secret|a lot|more|tonight|(?:once|twice|three times|four times|five times|several times|a few times|multiple times|many times|[0-9]+ times) (?:this|last|today|tonight|since|in))\\b`,
    { notAfter: " (?:at|playing|lifting|running|on the|in the|doing|during|while) " },
  ),
  rule(
    `\\b(?:hope|hoping|hopes|wish|wishing|pray|praying|want|waiting for) ${gap(3)}(?:my |)heart (?:gives out|would give out|will give out|to give out|stops|would stop|will stop|to stop|just stops|gives up|would give up)\\b`,
    { negatable: false },
  ),
  rule(
    `\\b(?:drink|drinking|drank|starve|starving|starved|smoke|smoking) ${MYSELF} (?:to death|into the grave|into an early grave|to an early grave)\\b|\\b(?:drink|drinking|drank) (?:until|till|til) (?:i|im) (?:die|dead|stop breathing|never wake up)\\b`,
  ),
  rule(
    `\\bwhat i (?:might|could|would|will|may|am going to|m going to|m gonna|ll|d|am capable of) ${F}(?:do to ${MYSELF}|do tonight if)\\b`,
  ),
  rule(
    `\\bdo (?:something|anything) (?:stupid |bad |drastic |dangerous |permanent |)to ${MYSELF}\\b`,
  ),
  rule(
    `\\b(?:dont|do not|not|never|no longer) ${F}(?:feel )?safe (?:with|around|from|by) ${MYSELF}\\b`,
    { negatable: false },
  ),
  rule(
    "\\b(?:im|i m|i am) not safe (?:right now|tonight|alone|by myself|on my own|with myself|at the moment|anymore|to be alone)\\b",
    { negatable: false },
  ),
  rule(`\\b(?:shoot|shooting|shot) ${MYSELF}\\b`, {
    notAfter:
      " (?:in the (?:foot|feet|leg|arm)|a|an|some|another|over|off|with (?:a|the|my) (?:camera|phone)|for|on (?:camera|film|video))\\b",
  }),
  rule(
    `\\b(?:throw|throwing|threw|thrown|fling|flinging|flung|hurl|hurling|hurled|launch|launching) ${MYSELF} ${F}(?:off|from|under|in front of|infront of|out of (?:a|the|my) window|into (?:traffic|the (?:river|sea|ocean|path of|road|canal|lake|traffic|tracks)|oncoming|a river|the water))\\b`,
  ),
  rule(
    "\\b(?:gas|gassing|gassed) myself\\b|\\b(?:hose|pipe) (?:to|into|from|on) the exhaust\\b|\\bexit bag\\b|\\b(?:drink|drinking|drank|swallow|swallowing|swallowed) (?:bleach|antifreeze|poison|rat poison|weed killer)\\b",
  ),
  rule(
    `\\b(?:cant|can not|canot|cnt|cant even|couldnt|could not|unable to|not able to|no longer able to|dont know how to|dont know if i can|dont know if i can even|dont think i can|dont think i could|not sure (?:if |that |how |)i can|no idea how to|how (?:can|do|am|could|will|would) i (?:supposed to |ever |possibly |even |)|dont want to|dont wana|dont wanna|not want to|no reason to|no point (?:in|to)|no strength to|no energy to|no will to|lost the will to|losing the will to|dont have the (?:strength|energy|will) to|cant bring myself to|too tired to|too exhausted to|dont see how i can|dont see the point in|dont see any point in|why should i|why would i|why do i|how (?:much |)(?:longer|long|more) (?:i|im) (?:can|could|will be able to|m able to|am able to)|(?:theres |there is |)no way (?:i|im) (?:can|could|will be able to|m able to|am able to|will)|not strong enough to|too weak to|dont have it in me to|have nothing left to|nothing left in me to|no strength left to|too broken to|how (?:much |)(?:longer|long|more) (?:can|could|will|should|am) i (?:be able to |be expected to |)) ${F}(?:go on|goon|going on|keep going|keep on going|keep on|carry on|carrying on|cary on|go on living|going on living|keep living|continue living|continue on|keep fighting|hold on|keep holding on)\\b`,
    { notAfter: GO_ON_IDIOM },
  ),
  rule(`\\bi ${F}(?:cant|can not|canot|cnt) ${F}(?:anymore|any more|any longer)\\b`),
  rule(
    `\\b(?:(?:theres |there is |)no way (?:i|im) (?:can|could|will)|i dont see how i can|i dont know how i can) ${F}(?:keep |go on |)(?:living|live|existing|exist|going|surviving|survive|doing this|carrying on|go on)\\b`,
    { notAfter: GO_ON_IDIOM },
  ),
  rule(
    `\\b(?:cant|can not|canot|cnt|couldnt|could not|dont want to|dont wana|dont wanna) ${F}(?:keep |)(?:live|living|exist|existing|be alive|go on|keep going|survive|surviving) (?:like this|this way|with this|in this pain|with this pain|with these thoughts|with myself|in this body)\\b`,
    {
      notAfter:
        " (?:for (?:a|the|another) (?:week|day|month|bit)|until|at|in (?:this|that) (?:flat|house|city|town|job)|if|unless|knowing|after what)\\b",
    },
  ),
  rule(
    `\\b(?:cant|can not|canot|cnt|couldnt|could not|dont think i can|dont know if i can|not sure i can|how (?:can|do|will) i) ${F}(?:face|survive|get through|do|bear) (?:another|one more|tomorrow|the next) ${F}(?:day|night|morning|week|year)\\b`,
    {
      notAfter:
        " (?:of|at|in|with|without|like (?:that|this) (?:at|in)|on|alone with|stuck in|in the office)\\b",
    },
  ),
  rule(
    `\\b(?:dont think|do not think|not sure|no idea if|dont know if|dont know whether|doubt|wont|will not|might not|may not|cant|cannot|not going to|not gonna) ${F}(?:ill |i will |i can |im going to |ill be able to |i could |id |to |i |)${F}(?:make it through|survive|get through|last) ${F}(?:the night|tonight|another night|this night|till morning|until morning|til morning|to the morning|to morning|much longer|another day|another week|the week alive|the weekend alive|the weekend|this weekend|this time)\\b`,
    {
      notAfter:
        " (?:without|at|in|with (?:this|that|the|my|no) (?:job|boss|traffic|noise|heat|workload))\\b",
    },
  ),
  rule(
    `\\b(?:no|not (?:a|any|one)|never (?:a|any)|without (?:a|any)|dont see (?:a|any)|cant (?:see|find|think of) (?:a|any)|canot (?:see|find) (?:a|any)|see no|theres no|there is no|is no|isnt (?:a|any)|is there (?:a|any|even a)|only|last|final|one) (?:other |possible |real |easy |good |)way out\\b`,
    {
      notBefore:
        "(?:traffic|car park|carpark|parking|jam|queue|maze|gridlock|motorway|highway|road|roads|lane|tunnel|building|stadium|concert|escape room|lift|elevator|crowd|festival|cave|woods|forest|labyrinth|airport|station|mall|venue)\\b[^.]*",
      notAfter:
        " (?:of (?:the|this|that|a|my|our|their|your|here|there) ?(?:traffic|car park|carpark|parking|building|maze|room|garage|mall|lease|contract|deal|meeting|queue|jam|stadium|station|tunnel|concert|venue|festival|labyrinth|escape room|level|game|dungeon|cave|forest|woods|city|airport|crowd|arena|subscription|plan|house|flat|office|school|hospital|car|class|course|cinema|theatre|theater|lift|elevator|exam|wedding|party|tournament|round|loop|cul de sac|estate|field|valley|hotel|museum|shop|store|supermarket|ikea|zoo|park|market|village|town|phone contract|mortgage|loan|agreement|commitment|group chat|conversation|call|argument|situation at work|job|rut|puzzle|book|story|film|movie|season|series|roundabout|junction|one way system|road|street|lane|bureaucracy|paperwork|app|system|menu|website)|of (?:here|there) (?:until|till|except|but)|is (?:through|via|past|by|down|up|across|over|the (?:door|exit|back|front|stairs|window|gate|tunnel|bridge|road|lift|elevator|fire escape))|through (?:the|a)|via|past the|by the|down the|up the|on foot|for (?:cars|traffic|vehicles|pedestrians)|except through|but through|but the|until (?:the|we|they|it)|in (?:the|this) (?:game|level|maze|book|film|movie|story|episode)|to (?:the|a) (?:car park|road|street|exit))\\b",
    },
  ),
  rule(
    `\\bno escape (?:from )?(?:this (?:pain|life|feeling|hell|misery|darkness)|my (?:life|head|mind|thoughts|pain|own head|brain)|myself|it all|the pain|life|the darkness|these thoughts)\\b`,
  ),
  rule(
    `\\b(?:whats|what is|wats|wuts|whts|what|wat s|whats even|what even is) ${F}(?:the|even the|even|) ?${F}point (?:of|in|to) ${F}(?:living|life|being alive|existing|being here|going on|carrying on|it all|any of (?:it|this)|anything|my life|my existence|waking up|staying alive|trying anymore|trying any more|continuing|life anymore|getting up anymore|me being here|me being alive|keep(?:ing)? going|even trying anymore|even being here|breathing|this life|existence|me even being here|me existing|being me|trying to stay alive|fighting anymore|anything anymore)\\b`,
    {
      notAfter:
        " (?:to (?:the|a|an|my|that|this|class|work|school|gym|therapy|uni)|about|back|and on|at (?:the|this|that|work)|if (?:you|we|they|it)|in (?:the|this|that) (?:meeting|class|job|city)|on (?:the|a|this|that))\\b",
    },
  ),
  rule(
    `\\b(?:whats|what is|wats|whts|whats even|what even is) ${F}(?:the|even the) ${F}point ${F}(?:anymore|any more|any longer|of it all)\\b`,
  ),
  rule(
    `\\b(?:no|not any|dont see the|dont see any|cant see the|cant see any|see no|lost (?:all|any|the) |theres no|there is no|is no|isnt any|without any) ${F}point (?:in |of |to |)${F}(?:living|life|being alive|existing|being here|going on|carrying on|it all|any of (?:it|this)|anything anymore|anything any more|me being here|my life|my existence|waking up|staying alive|trying anymore|continuing|life anymore|anymore|any more|any longer|keep(?:ing)? going|breathing|me being alive|this life|existence|anything|me existing|trying to stay alive|fighting anymore)\\b`,
    {
      notAfter:
        " (?:to (?:the|a|an|my|that|this|class|work|school|gym|therapy|uni)|about|back|and on|at (?:the|this|that|work)|if (?:you|we|they|it)|in (?:the|this|that) (?:meeting|class|job|city)|on (?:the|a|this|that)|fancy|special|new|else)\\b",
    },
  ),
  rule(
    `\\bwhy ${F}(?:do|should|would|bother|even|am|im|i m|i am|was|is it|do i even|should i even|would i even|am i even|do i keep|should i keep|keep) ${F}(?:i |me |)${F}(?:bother |even |still |keep |)${F}(?:living|to live|live|exist|existing|staying alive|stay alive|keep going|keep living|carry on|carrying on|going on|go on|waking up|wake up|try to live|trying to live|being alive|be alive|still alive|alive|still here|here anymore|breathing|keep trying|fighting to live|fight to stay alive)\\b`,
    {
      notAfter:
        " (?:at|in|on|so early|so late|this (?:early|late)|again|with|when|instead|doing|to|back|up|out|through|there|about|like (?:this|that) (?:in|at))\\b",
    },
  ),
  rule(
    `\\b(?:life|lifes|lifes just|living|my life|this life|existence|it all|any of it|being alive|staying alive|being here|going on|carrying on) ${F}(?:isnt|is not|aint|s not|not|no longer|never|wont be|will never be|is never|doesnt feel|does not feel|hasnt been|dont feel|doesnt seem|does not seem|just isnt|is just not|really isnt|is no longer|isnt even) ${F}worth (?:it|living|anything|the (?:effort|pain|struggle|fight|trouble|hassle|bother)|fighting for|much|continuing|going on|all this|this|the suffering|staying for|sticking around for)\\b`,
  ),
  rule(
    `\\b(?:not|no longer|isnt|aint|never|nothing|isnt really) ${F}worth (?:living|being alive|staying alive|existing|sticking around|living for|staying alive for)\\b`,
    { negatable: false },
  ),
  rule(
    `\\bmy (?:life|existence) (?:is|s|feels|seems|has been) ${F}(?:over|worthless|not worth living|not worth it|a waste of (?:space|air|oxygen)|done)\\b`,
    {
      notAfter:
        " (?:as i know it|if|unless|lol|lmao|haha|because (?:my|the|mum|mom|dad|they|i|he|she)|for (?:the|this)|without|now that (?:my|the)|cause (?:my|the))\\b",
    },
  ),
  rule(
    `\\b(?:im|i m|i am|feel like|feel like im|just) ${F}a waste of (?:space|air|oxygen|life|skin)\\b`,
  ),
  rule(
    `\\b(?:stop|quit) (?:taking up space|wasting (?:oxygen|air|space|everyones time by existing))\\b`,
  ),
  rule(
    `\\b(?:life|living|existing|being alive|my life|being me|everything|every day) (?:is|s|feels|has become|became|has been) ${F}(?:unbearable|too much to bear|impossible to bear|unlivable|hell on earth|pure hell|torture|a living hell|not survivable)\\b`,
  ),
  rule(
    `\\b(?:i|just|i just|honestly i) ${F}want out(?= ?(?:\\.|$| (?:of here for good|now|already|so bad|so badly)\\b))`,
  ),
  rule(
    `\\b(?:nothing|no one|nobody|noone|not much|nothing left|noone left|nobody left|no one left|nothing more|little|none|no reason|no purpose|nothing good|nothing worth) ${F}(?:left |)(?:to|2) ${F}(?:live|stay alive|keep living|keep going|go on|be here|exist|fight|be alive|hold on) for\\b`,
  ),
  rule(
    `\\b(?:no|not (?:a|any|one|a single)|without (?:a|any)|dont have (?:a|any)|dont have any|cant (?:find|see|think of) (?:a|any|one)|canot (?:find|see|think of) (?:a|any|one)|lost (?:my|all|the|any) ${F}|losing (?:my|all|the) |whats my|what is my|whats the|what is the|give me (?:a|one)|need (?:a|one)|struggling to (?:find|see) (?:a|any)|hard to find (?:a|any)|running out of|ran out of|out of|dont see (?:a|any|the|one)|do not see (?:a|any|one)|cant see (?:a|any|the)|see no|dont know (?:my|the|what my|what the|of a|of any)|theres no|there is no|there isnt (?:a|any)|isnt (?:a|any)) ${F}reasons? (?:to|2|for|why i should|left to|for me to|for me 2|i should|to even|for me to even|why i should even) ${F}(?:live|living|stay alive|staying alive|keep going|keep living|go on|going on|be alive|being alive|exist|existing|be here|being here|carry on|hold on)\\b`,
    { notAfter: GO_ON_IDIOM },
  ),
  rule(
    "\\b(?:theres |there is |)(?:nothing|no one|nobody|noone) (?:left )?(?:here )?for me (?:here|in this world|on this earth|in this life|anymore|any more|now)(?= ?(?:\\.|$| anymore| any more| now))",
    { notAfter: " in (?:this|the) (?:town|city|job|company|country|shop|place)\\b" },
  ),
  rule(
    `\\b(?:give|giving|gave|given|gives) up on (?:life|living|being alive|staying alive|existing|everything and everyone|this life|my life|the world|myself and life|myself completely)\\b`,
    { notAfter: " (?:goals|admin|insurance|hacks|plans|coach|coaching|lessons|dreams of)\\b" },
  ),
  rule(
    `\\b(?:lost|losing|lose|no) ${F}(?:all |my |the |any |)(?:will|wil|desire|reason|want|motivation|fight) to (?:live|stay alive|keep living|go on|keep going|survive|exist)\\b`,
    { notAfter: GO_ON_IDIOM },
  ),
  rule(
    `\\b(?:tired|sick|exhausted) of (?:trying|fighting|struggling|having) to (?:stay alive|keep going|live|survive|keep living|exist)\\b`,
  ),
  rule(
    `\\b(?:only|just|one) ${gap(5)}(?:is|would be|will be|lies in|comes from|in|through) ${F}(?:death|dying|suicide|being dead|not existing|the grave|killing myself|ending it|ending my life|not being here|never waking up|not waking up)\\b`,
    {
      notAfter:
        " (?:metal|cab|star|stare|row|toll|rate|penalty|match|grip|trap|scene|by|note|valley|march|eater|knight|stranding|of (?:a|the|my|his|her))\\b",
    },
  ),
  rule("\\bpermanent (?:solution|fix|escape|sleep|exit)\\b", {
    notAfter:
      " (?:for|to (?:the|our|my|your|this|that) (?:leak|damp|mould|mold|problem with|roof|gutter|door|issue with|pest|mice|rats|traffic|parking)|is (?:needed|required)|has been found|was found)\\b",
  }),
  rule(
    `${DWELLING} ${F}(?:about |of |by |on |for |over |with |to |)(?:the idea of |the thought of |how nice |how easy |how peaceful |)${F}(?:dying|death|being dead|my death|my own death|my funeral|my own funeral|not existing|no longer existing|never waking up|not waking up|suicide|going to sleep forever|sleeping forever|not being alive|no longer being here|everyone being better off)\\b`,
    {
      notAfter: ` (?:metal|cab|star|stare|row|toll|rate|rates|penalty|match|grip|trap|wish|note|valley|march|by|scene|scenes|eater|eaters|knight|stranding|sentence|benefit|certificate|duty|squad|of (?:a|the|my|his|her|our|their|socrates|marat|queen|king|princess|stalin|pop|print|the author|an|grandma|grandpa|mum|mom|dad)|in (?:the family|venice|paradise))\\b| (?:my|your|her|his|the|it|them|our) ?(?:hair|roots|fringe|beard|clothes|jeans|shirt|brows|eyebrows|eggs|wool|fabric|yarn|tips|ends|highlights)\\b| hair\\b| (?:easter )?eggs\\b| of (?:laughter|boredom|embarrassment)\\b| (?:[a-z]+ ){0,3}(?:after|since|at|during) (?:[a-z]+ ){0,2}(?:funeral|passed|died|passing)\\b| (?:in|during) (?:class|philosophy|church|general|the abstract|a lecture|biology|history)\\b`,
    },
  ),
  rule("\\bpainless (?:death|suicide|exit|end)\\b"),
  rule(
    "\\b(?:painless|least painful|most painless|easiest|quickest|fastest|peaceful|quietest|best) (?:way|ways|method|methods) (?:to|of) (?:go|exit|check out|leave|going)(?= ?(?:\\.|$))",
  ),
  rule(`\\b(?:after|when|once) (?:im|i m|i am) ${F}gone${GONE_TRAVEL}`, {
    notAfter: " (?:for|on|to|away|out|home|shopping|camping|abroad|travelling|traveling)\\b",
  }),
  rule(
    `\\b(?:in case|just in case|for when|for after|before) (?:i|im|i m|i am) ${F}(?:do it|go through with it|dont make it through|am gone for good|m gone for good|end it|end my life|kill myself|finally do it|die)\\b`,
    { notAfter: `(?: (?:for|in|at|on the|tomorrow at)\\b|${BUCKET_LIST})` },
  ),
  rule(
    `\\b(?:last|final) (?:night|day|week|birthday|christmas|sunset|morning|weekend) ${F}(?:alive|on earth|on this earth|in this world|of my life|ever|breathing)\\b`,
  ),
  rule(
    "\\b(?:after|when|once|by the time) (?:im|i m|i am) (?:dead|gone for good|no longer (?:here|around|alive)|six feet under|in the ground)\\b",
  ),
  rule("\\b(?:after|once) (?:im|i m|i am) gone\\b", {
    notAfter:
      " (?:to|on|for (?:a|the|work|two|three|the weekend)|from (?:the|this|work)|away|abroad|home)\\b",
  }),
  rule(
    `\\bact(?:ing|ed|) on (?:these|my|the|those|them|such|this|that|any) ${F}(?:suicidal |dark |intrusive |)(?:thoughts|urges|impulses|feelings of (?:dying|death|suicide))\\b`,
  ),
  rule(
    "\\b(?:survived|after|since|before|during|following) my (?:last |first |second |third |previous |most recent |recent |)attempt\\b",
    { notAfter: " (?:at|to|on|in)\\b" },
  ),
  rule(
    "\\b(?:called|call|calling|texted|text|texting|rang|ring|phoned|phone|messaged|message|contacted|contact) (?:the |a |)(?:crisis|suicide) (?:line|hotline|helpline|text line|team|lines)\\b|\\b(?:called|texted|rang|phoned|calling|texting) (?:988|samaritans|the samaritans|lifeline|116 123)\\b",
  ),
  rule(
    `\\b(?:giving|gave|give) away ${gap(1)}(?:my|all my|all of my) (?:things|stuff|belongings|possessions|pets?|cat|dog) ${gap(3)}(?:before i|since i wont|because i wont|so no one has to|so nobody has to|after im gone|when im gone|where im going)\\b`,
  ),
  rule(
    `\\b(?:end|ending|ended|ends) ${F}(?:it all|everything|all of it|all of this|this life|my existence|my suffering|my misery|it for good|it once and for all|it permanently|it forever|things for good|things forever|things permanently)\\b`,
    {
      notAfter: `${HIGH_NOTE}| (?:with|between) (?:him|her|them|my|the|this|that|us|you|a|an)\\b| (?:at|on|in) (?:the|a|this|that) (?:party|meeting|bar|pub|club|match|game)\\b`,
    },
  ),

  // "why shouldn't I end it", "maybe i should just end it", "time to end it".
  rule(
    `\\b(?:why (?:shouldnt|shouldn t|not|dont|cant|can t)|should|shal|maybe|time to|ready to|gonna|going to|want to|wana|wanna|decided to|might|will|ll|il|to just|i just) (?:i |)${F}(?:end it|end it all|end things|end everything|end this|check out|call it quits on life)\\b`,
    {
      notAfter:
        " (?:with (?:him|her|them|my (?:bf|gf|boyfriend|girlfriend|partner|husband|wife|ex))|between|early|here|now and go|on a high|with a|on a|there|for (?:today|tonight|the (?:day|night|week))|at (?:that|this|the|\\d)|off)\\b",
      notBefore:
        "(?:we|us|they|he|she|lets|let us|the (?:band|show|series|meeting|game|season|film|book)) (?:\\w+ ){0,2}",
    },
  ),
  // "why keep on living like this", "why prolong the inevitable", "why bother staying alive".
  rule(
    `\\bwhy ${gap(3)}(?:keep on living|keep living|go on living|bother living|continue living|stay alive|bother staying alive|keep breathing|prolong (?:the inevitable|this|it|my life|the pain|my suffering)|should i live|should i stay alive|be alive)\\b`,
  ),
  // "before i do something i shouldn't", "before i do something stupid".
  rule(
    "\\bbefore i (?:do|try) (?:something|anything) (?:stupid|i (?:shouldnt|shouldn t|ll regret|will regret|cant take back|can t take back|cant undo)|drastic|dumb|permanent|irreversible|bad|i might regret)\\b",
    { notAfter: " (?:like (?:buy|text|eat|call|spend|order|quit|shave|dye|cut my hair))\\b" },
  ),
  // "fantasizing about how I'd do it", "ive contemplated it many times".
  rule(
    "\\b(?:fantasi[sz]ing|fantasi[sz]e|fantasi[sz]ed|dreaming|daydreaming|contemplating|contemplated|contemplate|considering|considered) (?:of |about |)(?:how (?:i (?:should|would|could|ll|will|d) |to )(?:do it|go|end it)|doing it|it many times|it again|it every day|it a lot|ending it)\\b",
    { context: CRISIS_CONTEXT },
  ),
  // Lost the will: "no fight left", "not motivated to keep going", "can't justify staying".
  rule(
    "\\b(?:no (?:fight|will|strength|reason) left (?:in me |)(?:to (?:live|go on|keep going|stay|fight)|)|(?:cant|can t|cannot) justify (?:it|living|staying|being alive|going on|keeping going) (?:any ?more|)|not motivated to keep (?:going|living))\\b",
  ),

  // What holds them back, said as the only thing: "the only reason I'm not ending it is my mum".
  rule(
    `\\b(?:only|the only|one) (?:reason|thing) (?:why |that |)(?:i am|im|i m|i) ${F}(?:not|still|havent|haven t|didnt|didn t|dont|don t|wont|won t) ${F}(?:ending it|ended it|end it|killed myself|kill myself|done it|do it|gone through with it|here|alive|dead|gone)\\b`,
    { negatable: false },
  ),
  rule(
    "\\b(?:only|the only|one) (?:thing|reason|person|one) (?:keeping|that keeps|that s keeping|thats keeping|holding) me (?:alive|here|from (?:ending it|killing myself|doing it|jumping))\\b",
  ),
  // Dwelling on not being here or on ending it: a thought, not yet a plan.
  rule(
    `${DWELLING} ${F}(?:about |of |by |on |for |over |with |to |)(?:the idea of |the thought of |how nice |how easy |how peaceful |)${F}(?:not being (?:here|around|alive)|ending (?:it|it all|things|everything|my life|myself)|killing myself|taking my (?:own )?life|hanging myself|overdosing|an overdose|drowning myself|shooting myself|slitting my|cutting (?:myself|my)|hurting myself|harming myself|self harm\\w*|disappearing (?:forever|for good|permanently)|crashing my car|driving (?:my car )?(?:into|off)|stepping in front|throwing myself|walking into (?:the )?(?:sea|ocean|river|lake|traffic)|how (?:to|i would|id|i could|i will|i might) (?:do it|die|end it|kill myself|end my life)|ways to die|ways to end it|the easiest way|taking (?:all )?(?:my|the) (?:pills|tablets|meds)|swallowing (?:all )?(?:my|the) (?:pills|tablets)|jumping|falling(?= ?(?:\\.|$| of| from| down)))\\b`,
    {
      notAfter: JUMPING_IDIOM,
    },
  ),
];
