/** Plan, time, means at hand and preparations: a date, pills saved, affairs in order, letters. */
import { type Rule, ruleFor } from "../rule.js";
import { CRISIS_CONTEXT, F } from "../vocabulary.js";

const rule = ruleFor("plan");

export const plan: readonly Rule[] = [
  rule(
    `\\b(?:have|got|made|making|make|working on|came up with|come up with|figured out|worked out|decided on|chosen|chose|picked|set|found|thought out|planned out|finali[sz]ed|sorted out) ${F}(?:a |the |my |out a |out the |out my |)${F}(?:plan|method|way|date|time|place|spot|day|night) ${F}(?:to|for|of|on how to|ill|i will|im going to) ${F}(?:die|dying|kill myself|killing myself|end it|ending it|end my life|ending my life|suicide|overdose|od|hang myself|go through with it|take my life|not wake up|end it all|ending it all|unalive|kms)\\b`,
  ),
  // A date chosen with nothing after it to say what for: "I've set a date." Said of a wedding or
  // a move, people name it ("for the move") or say "we"; a person alone with a plan often doesn't.
  rule(
    `\\b(?:ive|i ve|i have|i) ${F}(?:set|picked|chosen|chose|decided on|fixed) (?:a|the|my) (?:date|day)(?= ?(?:\\.|$| and (?:im|i m|i am|i feel|feel) ${F}(?:at peace|ready|calm|relieved|okay|ok|fine)\\b))`,
  ),
  // Arrangements for someone or something to be cared for "if anything happens": a warning sign
  // when said of oneself, and rarely said so plainly of a holiday or an operation, which is named.
  rule(
    `\\b(?:looked after|taken care of|cared for|fed|rehomed|re homed|have a (?:good |new |)home|be (?:ok|okay|fine|alright|al right|safe)) (?:if|when|after|once|in case) (?:anything|something) (?:happens|were to happen|should happen|happened)(?: to me|)\\b`,
    {
      notBefore:
        "\\b(?:away|holiday|vacation|travelling|traveling|trip|hospital|surgery|operation|flight|abroad)\\b[a-z ]{0,60}$",
      notAfter:
        " (?:while|on (?:the|our|my) (?:trip|holiday|vacation|flight)|at work|during|in (?:surgery|hospital))\\b",
    },
  ),
  // Putting one's affairs in order: a warning sign named in crisis training, rarely said of paperwork.
  rule(
    `\\b(?:put|putting|puts|get|getting|got|gotten|sort|sorting|sorted|set|setting) ${F}(?:my|all my|my own) (?:affairs|afairs) (?:in|into) order\\b`,
    {
      notAfter:
        " (?:for (?:the|my|a|our|when i (?:move|retire|emigrate|travel))|before (?:the|my|our|i|we) (?:move|moving|trip|holiday|surgery|operation|deadline|exams?|audit|tax|baby|wedding|retire|retirement|emigrate)|so (?:i|we) can (?:move|travel|retire|apply))\\b",
    },
  ),
  rule(
    `\\b(?:this is|this will be|this is probably|this might be|today is|tonight is|this week is) ${F}my (?:last|final) (?:day|night|week|weekend|month|christmas|birthday|summer|year) (?:alive|on earth|in this world|of my life|breathing)\\b`,
  ),
  rule(
    `\\b(?:know|decided|chosen|chose|picked|set|worked out|figured out|planned) (?:when|where) (?:im|i m|i am|ill|i will|id|i would|im going to|i m going to|im gonna|i want to|to|i|i plan to|i m gonna) ${F}(?:going to |gonna |gona |)(?:do it|end it|die|kill myself|end my life|go through with it)\\b`,
  ),
  rule(
    `\\b(?:know|decided|chosen|chose|picked|worked out|figured out|planned) (?:how|exactly how) (?:im|i m|i am|ill|i will|id|i would|im going to|im gonna|i want to|to|i|i plan to) ${F}(?:going to |gonna |gona |)(?:end it|die|kill myself|end my life|go through with it|do it when)\\b`,
  ),
  rule(
    `\\b(?:wont|will not|probably wont|might not|may not) be (?:here|around|alive) ${F}(?:much longer|for much longer|for long|long|anymore|any more|by (?:tomorrow|morning|the morning|then|the weekend|christmas|next week|the time)|to see (?:tomorrow|another|christmas|my birthday|next)|after (?:tonight|today|this week|this weekend)|next (?:week|month|year) to|to bother (?:you|anyone|them))\\b`,
    {
      notAfter:
        " (?:at|in (?:this|the) (?:job|company|team|office|role|city|town|flat|house|country)|on (?:this|the) (?:team|project)|because (?:im|i m|i am) (?:moving|leaving|going)|as (?:im|i m) (?:moving|leaving)|im (?:moving|leaving)|so (?:call|text|email))\\b",
      negatable: false,
    },
  ),
  rule(
    "\\b(?:youll|you will|you ll|no one will|nobody will|theyll|they will|they ll|you wont|youll never) never (?:see|hear from|hear) (?:me|from me) again\\b|\\b(?:last|final) (?:time|night|day|words|message) (?:you ll|youll|you will|anyone will|anyone ll|anyone) (?:ever )?(?:see|hear from|hear) (?:me|from me)\\b",
  ),
  rule(
    `\\b(?:sorry|forgive me|apologi[sz]e|please forgive me) ${F}(?:for |)(?:what im (?:about|going) to do|what i m (?:about|going) to do|what i am (?:about|going) to do|what i (?:will|ll) do|what s about to happen|whats about to happen|what im planning|leaving you (?:like this|all|this way)|doing this to you|not being (?:strong|stronger) enough|leaving this way|having to find me|finding me like this|leaving like this|taking the easy way out|the mess i ll leave|the mess ill leave)\\b`,
    {
      notAfter:
        " (?:to (?:this|that|your|the) (?:song|cake|pizza|car|room|kitchen|playlist)|with (?:this|that|the) (?:song|cake|karaoke)|on (?:the|this) (?:dance ?floor|karaoke))\\b",
    },
  ),
  rule(
    `\\b(?:scared|afraid|worried|terrified|frightened|fear|worry) ${F}(?:that |)(?:i|ill|im|i m) ${F}(?:ll|will|might|may|could|would|d|am going to|m going to|m gonna|gonna|going to|) ?${F}(?:actually |finally |really |)(?:go through with it|do it (?:this time|tonight|soon)|act on (?:it|them|these thoughts|my thoughts|the thoughts|the urges|these urges|my urges|those thoughts|those urges)|hurt myself|kill myself|end it|not stop myself|not be able to stop myself|do something to myself|harm myself|do something stupid tonight|not be here tomorrow)\\b`,
  ),
  rule(
    `\\b(?:going to|gonna|gona|will|ll|ready to|finally going to|finally gonna) ${F}(?:do it|go through with it) (?:this time|for real this time|for real)(?= ?(?:\\.|$))|\\b(?:going to|gonna|gona|will|ll|ready to|finally) ${F}go through with it\\b`,
  ),
  rule(
    `\\b(?:know|figured out|worked out|planned|decided|chose|chosen) (?:exactly |already |)(?:how|where|when) (?:i would|id|i d|i will|ill|i could|im going to|im gonna|i m going to|i am going to) do it(?= ?(?:\\.|$| (?:tonight|this time|and|if i had to|if i have to)\\b))`,
  ),
  rule(
    `\\b(?:giving|gave|give|given|started giving) away (?:all |most |some |)(?:of |)my (?:stuff|things|belongings|possessions|favourite things|favorite things|pets?|cat|dog|guitar|books|plants)(?= ?(?:\\.|$| (?:to (?:friends|people|my (?:friends|sister|brother|family|mum|mom|dad))|because|since|so|before|away)\\b))`,
  ),
  rule(
    `\\b(?:won t|wont|will not|dont|do not) need (?:it|them|any of (?:it|this|these|them)|my (?:things|stuff|clothes|savings)|these|this stuff) ${F}(?:where im going|where i m going|after (?:tonight|today|this week)|when im gone|once im gone|anymore after)\\b`,
    { negatable: false },
  ),
  rule(
    `\\b(?:want|wants|wanted|wanting|wana|wanna|need|needs|needed|wish|wished|wishing|ready|planning|plan|plans|planned|decided|deciding|going|gona|gonna|finna|tryna|trying|try|tried|tempted|urge|urges|about|intend|intending|almost|nearly|close to|thinking|think|thought|thoughts|considering|considered|consider|contemplating|contemplated|dream|dreaming|dreamt|fantasi[sz]ing|fantasi[sz]e|imagine|imagining|imagined|could|should|might|will|wil|il|would|id|i d|just|finally|courage|guts|nerve|strength|ways|way|how|attempted|attempt|keep|kept|feel like|felt like|feels like|cant stop|easier to|tempting to|better to|best to|time to|going to|can|until i|till i|until i can|when i can|so i can|before i) ${F}(?:to |of |about |on |like |)${F}(?:end|ending|ended) (?:it|things|everything|my suffering|myself)\\b`,
    {
      notAfter:
        " (?:with|between|there|early|here (?:for|and|today)|on (?:a|good|that|this|the)|now (?:and|before)|before (?:it|things|he|she|they)|for (?:today|tonight|the (?:day|night|week|season))|at (?:that|this|the|\\d)|off|up|tonight with|by (?:saying|telling|texting|calling|breaking)|properly|amicably|politely|nicely|over text|over the phone|in person|soon with|in a (?:nice|kind|good) way|on (?:good|bad) terms)\\b",
      notBefore:
        "(?:we|us|they|he|she|you|lets|let us|the (?:band|show|series|meeting|game|season|film|book)) (?:\\w+ ){0,2}",
    },
  ),

  // "I have a plan", "ive got it all worked out", "i have a week left", "giving myself a month":
  // a plan or a deadline beside crisis words.
  rule(
    "\\b(?:i have|ive got|i ve got|i got|i made|ive made|made|have|ive|got) (?:a|my|the|everything|it all|it) (?:plan|planned|planned out|figured out|worked out|sorted)\\b",
    {
      context: CRISIS_CONTEXT,
      notAfter:
        " (?:for (?:the|this|my|our|a|tomorrow|tonight|today|dinner|lunch|work|school|christmas|the weekend)|to (?!die|end|kill|do it)|with|b|of action|in place for)\\b",
    },
  ),
  rule(
    "\\b(?:give|giving|gave|given) myself (?:\\d+|one|two|three|four|five|six|seven|a few|a couple of|a couple) (?:more |)(?:days|weeks|months|hours)\\b|\\bi have (?:\\d+|one|two|three|four|five|six|seven|a few) (?:days|weeks|hours) (?:left|i have|at max|at most|max|until|til|till)\\b",
    { context: CRISIS_CONTEXT },
  ),
  rule(
    "\\b(?:i am|im|i m|i will|il|ill|i ll) (?:be |)(?:ending|end|ending things|doing it|do it) (?:it |all |)(?:in|within|by|before) (?:a|the|\\d+|one|two|three|next|my|this|a few) (?:\\w+ ){0,2}(?:from now|time|days?|weeks?|months?|years?|birthday|christmas|summer|new year|end of)\\b",
    {
      notAfter:
        " (?:with (?:him|her|them|my (?:bf|gf|boyfriend|girlfriend|partner|husband|wife|ex)))\\b",
    },
  ),
  // Hoping an attempt works: "praying that it works", "i hope this time it works", "waiting for
  // it to kick in".
  rule(
    "\\b(?:hope|hoping|pray|praying|prayed) (?:that |)(?:this time |)(?:it|they) (?:works?|do it|does it|kils? me|take me)\\b|\\bwaiting (?:for (?:it|them|the pills) to kick in|to (?:die|pass out|fade|go))\\b",
    { context: CRISIS_CONTEXT },
  ),
];
