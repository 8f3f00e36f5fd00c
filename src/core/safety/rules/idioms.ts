/**
 * Idiom guards: what follows a match when it is an everyday idiom ("dying of embarrassment",
 * "dead tired", "gone to the shop"). Each is narrow and names the trivial thing, so it cannot hide
 * a real statement: "die for a coffee" is guarded, "die for no reason" is not.
 */

export const DIE_IDIOM =
  " (?:of (?:embarrassment|shame|boredom|laughter|laughing|happiness|joy|cuteness|envy|jealousy|curiosity|old age|natural causes|hunger|thirst|heat|excitement|suspense|exhaustion|cringe|fomo|anticipation|second ?hand embarrassment|fright|shock|a broken heart)|for (?!(?:a )?(?:long|while|few|couple|bit|years?|months?|weeks?|days?|ages|some time|so long|real|good|no reason|nothing|ever|forever|the (?:past|last))\\b)(?:a|an|some|this|that|it|my|your|his|her|our|their|the|these|those|one|coffee|chocolate|pizza|love|you|them|him|me|cake|tea|beer|wine|tacos)\\b|on (?:this|that|the|a) hill|laughing|happy|a (?:happy|little|bit|hero|legend|thousand)|inside|trying|old|rich|doing what i love|in (?:battle|glory|a blaze)|with (?:my|your) boots on|hard|down|out|off|back|on me)";

export const DEAD_INTENSIFIER =
  " (?:tired|serious|set|wrong|right|beat|broke|last|center|centre|ahead|easy|simple|good|funny|nervous|excited|chuffed|proud|jealous|lucky|sure|certain|quiet|calm|cute|posh|boring|bored|slow|fast|keen|busy|cold|hot|on|even|straight|weight|heat|end|ringer|asleep|to the world|drunk|sober|exhausted|sleepy|gorgeous|cool|lush|sound|nice|brilliant|hard|sweet|happy|fit|embarrassing|awkward|scary|loud|weird|inside|meat|battery|phone|and buried (?:in|under) (?:work|emails|paperwork))\\b";

export const GONE_IDIOM =
  " (?:to (?!a better place|heaven)|on (?:holiday|vacation|a|the|my|leave|tour|honeymoon)|for (?!good|ever)|from (?:the|this|work|home|here for|here until)|by|at|home|camping|abroad|away (?:on|for|to)|shopping|travel\\w*|already on|out|off (?:to|on)|before|until|till|til)\\b";

export const DISAPPEAR_IDIOM =
  " (?:under|into|in (?:a|the|my|to)|to (?!heaven)|for (?!good|ever)|with|from (?:work|this party|the party|social media|the internet|instagram|twitter|facebook|tiktok|the group chat|group chats|the office|school|class|here for)|on (?:a|holiday|vacation|them|him|her|you|us)|off (?:to|somewhere|grid|the grid|social media)|somewhere|abroad|until|till|til|behind|inside|down|up|between|through|again|now and then|act|tricks?|at (?:the|a|this|that|parties|work))\\b";

export const WAKE_IDIOM =
  " (?:early|late|at|before|so early|this early|too early|too late|for (?:work|school|class|a|an|the|my|our|this|that|uni|college)|in time|to (?:go|an|a|the|my|work|school|alarms?|noise|kids|baby|screaming|that|this|find)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|weekends?|my day off|a (?:monday|weekday|weekend))|tomorrow (?:at|for|early|morning for|morning at)|when (?:the|my) alarm|the (?:baby|kids|dog|cat|neighbours|neighbors|house)|him|her|them|everyone|anyone|in the morning (?:for|to|at)|until (?:\\d|noon|lunch|midday|the afternoon|late|later|ten|eleven|twelve|nine|eight|the weekend)|with a hangover|hungover|sore|with (?:a|the)|and go to (?:work|school))\\b";

export const BE_HERE_IDIOM =
  " (?:at|with|for|today|tonight|tomorrow|this|right now|during|when|while|on (?:my|a|the|this)|in (?:the|this|my|a|that) (?!world|life)|next|alone|then|him|her|them|people|anyone|everyone|you|those|that|my|his|their|our|kids|crowds|family|friends|until|till|til|either|early|late|so early|so late|after|before|instead|another (?:minute|second|hour))\\b";

export const LIVE_IDIOM =
  " (?:in (?!(?:this|the) (?:world|life|body|pain|hell|darkness)|pain|agony|misery)|at|near|with|on|by|there|here|abroad|together|alone|next|downtown|close|far|somewhere|anywhere|like (?:him|her|them|my|that (?:guy|woman|man|person)|a|an|those|these|some|they|she|he)|off|under|without (?:a|an|my (?:phone|car|laptop)|wifi|coffee|internet|music|tv|the internet|heating|air con)|so far|that far|out of|through (?:another|a|this) (?:winter|summer|heatwave)|paycheck|pay cheque|beyond|up to|on campus|forever in|in fear of)\\b";

export const GO_ON_IDIOM =
  " (?:the|a|an|that|this (?!way|like|anymore|any more)|my (?!own anymore)|our|your|his|her|their|any|holiday|holidays|vacation|leave|stage|air|tour|foot|social|instagram|twitter|tiktok|facebook|youtube|reddit|discord|strike|sale|dates?|trips?|rides?|and on|about|forever about|at (?:him|her|them|me|you)|with (?:the|my|this|that|our|a|an) (?:meeting|show|plan|project|game|trip|party|conversation|call|story|talk|class|lesson|work|course|presentation|list|day|holiday|diet)|to (?:the|a|an|my|our|their|his|her|work|school|uni|class|college|church|that|this|bed|sleep|see|visit|meet|buy|get|do|find|study|university|therapy|gym|practice|training|them|him)|without (?:a|my|coffee|caffeine|tea|breakfast|lunch|food|sleep|water|music|wifi|a break|a nap|snacks?)|camping|shopping|walks?|runs?|hikes?|tv|radio|podcasts?|diets?|antibiotics|antidepressants|medication|meds|pills|record|line|online|patrol|duty|call|shift|break|board|deck|display|show|trial|parole|furlough|maternity|paternity|sick leave|autopilot|back|with (?:it|him|her|them) (?:to|at)|for (?:hours|ages|long|a while|too long) about|in (?:that|this|the) (?:job|class|role|course)|back|out|there|up|down|round|around|into|through|over|until|til|till|at (?:it|this|work|the)|for (?:a|another|one|two|the) (?:mile|minute|hour|bit|while|lap|round|km|week|day)|straight|ahead|left|right|after (?:mile|lap|round|km|the (?:first|second|third|half|race|match|run|game|hill|marathon)|halfway|[0-9]))\\b";

export const WITHOUT_ME_IDIOM =
  " (?:for (?:a|an|the|one|two|three|few|couple|this|that|tonight|today|tomorrow|now|now on|lunch|dinner)|on (?:the|this|that|a|their|our) (?!earth|planet|world)|at (?:the|this|that|their|our|a|an|work|school|home|uni|college|church)|tonight|today|tomorrow|this (?:weekend|week|time|round|year|evening|morning|afternoon)|next (?:week|time|year|month)|until|till|while|driving|singing|playing|helping|cooking|there|in (?:the|this|that|a|our|their) (?!world|picture|lives|life|way)|around for|nagging|(?!being|existing|living|breathing|ruining|burdening|draining|bothering|(?:dragging|holding|weighing|slowing|bringing) (?:them|him|her|you|everyone|everybody|us|people|the family|my family|the team|down|back)|(?:messing|screwing) (?:up|everything|things|their|his|her|everyones|it all))[a-z]+ing)\\b";

export const CUT_IDIOM =
  " (?:shaving|cooking|chopping|slicing|peeling|gardening|carving|opening|cleaning|working|playing|climbing|fixing|doing|making|by accident|accidentally|accidently|on (?:a|an|the|some|my|that|this|broken|sharp|rusty|barbed|paper|glass|tin|metal)|with (?:a|the|some|my) (?:paper|bread knife|kitchen knife|tin|can|chisel|saw|stanley|box cutter|craft knife|scissors|secateurs|shears)|while|when (?:i|we) (?:was|were) (?:cooking|chopping|shaving|gardening)|off|some slack|short|a (?:big |small |huge |little |massive |thin |second |generous |)(?:slice|piece|bit|break|deal|wedge|chunk)|some (?:cake|bread|pie|slack|space|time)|another (?:slice|piece)|out of|free|loose|in the kitchen|at work|in half|in two)\\b";

export const JUMPING_IDIOM =
  " (?:ship|in|into|on|onto|at|up|for (?:joy|fun|it|the ball|a catch)|rope|the (?:gun|queue|line|shark)|to conclusions|around|ahead|back|through|over|out of (?:a |an |the )?(?:plane|aeroplane|airplane|helicopter)|jacks|castle|careers|jobs|teams|from one|between|straight|higher|off the (?:diving|high) board|off (?:a|the) (?:diving|high) board|off the (?:swing|wall|sofa|couch|bed|trampoline|boat|pier|jetty|dock|rocks?))\\b";

export const HIGH_NOTE =
  " (?:on a (?:high|good|positive|low|sour|bad|happy|sad|bright|strong|lighter|fun|sweet)|with (?!(?:a |an |some |the |my )?(?:bottle|pills|overdose|rope|gun|knife|blade|razor|noose|bullet|jump|pill))(?:a|an|some|the|fireworks|dessert|drinks|karaoke|cake|pizza|tea|coffee|style|laughter|cocktails|dancing|music|champagne|prosecco|songs?)|in style|tonight with|at (?:the|a) (?:party|bar|pub|club|karaoke)|by (?:singing|dancing|having|going|watching|playing|eating)|early|for (?:today|tonight|the (?:day|night|week|year|season)))\\b";

/*
 * Someone else's words or a passing reaction, not the writer's own wish. Used before "kill
 * myself" and "want to die". Each names the trivial thing narrowly: "my head tells me to kill
 * myself" and "everything makes me want to die" are not guarded.
 */

/**
 * Cruelty reported: "she told me to kill myself", "he said I should die". Hurtful, and the card
 * is no harm there, but it is someone else's words, and real posts are full of it; a voice or
 * "my head" saying it stays a crisis (see the method rules).
 */
export const TOLD_TO =
  "(?<!(?:voices?|voice in my head|head|brain|mind|thoughts|depression|something|everything|part of me) (?:[a-z]+ ){0,3})(?:(?:told|tell|tells|telling|said|says|saying|say) (?:me (?:that )?(?:i )?(?:should |to |2 )|(?:that )?i should |to |2 )|(?:wants|wanted|want) me (?:to |2 )|(?:told|tell|tells|telling|said|says|saying) me (?:that )?i )(?:just |go |go and |)";

/** A reaction to a thing: "this song makes me want to die", "part 1 made me wanna kill myself". */
export const MADE_ME =
  "(?<!(?:life|living|everything|depression|existing|existence|being alive|my life|the pain|it all|all of this|all this|this world|the world|myself|my body|my brain|my head|my mind|to) )(?:makes?|made|making) me (?:just |really |literally |actually |)(?:wanna |want to |wana |)";

/** A reaction to someone seen: "when I see them I just want to die". */
export const WHEN_I_SEE =
  "when i (?:see|hear|watch|look at|read|think of) (?:him|her|them|it|this|that|those|these|their (?:[a-z]+)) (?:i )?(?:just |really |literally |actually |lowkey |)";

/** Laughing it off straight after: "i want to die lol". */
export const JOKING_AFTER =
  " (?:lol|lool|lmao|lmfao|lmaoo|lmfaoo|haha\\w*|hehe\\w*|rofl|xd|jk|jkjk|just kidding|looking at this|every time (?:they|he|she) (?:speak|speaks|talk|talks|sing|sings))\\b";

/*
 * Someone else's death, not the writer's: a judgement ("he deserves to die", "she didn't deserve
 * to die"), or news of a person close ("my sister attempted suicide", "my suicidal brother").
 * Each names the other person; "I deserve to die" and "I attempted suicide" stay flagged.
 */

/** The people a writer most often writes about: "my friend", "his mum", "the guy". */
export const SOMEONE_CLOSE =
  "(?:sister|sis|brother|bro|friend|friends|bestie|best friend|bff|mum|mom|mother|mam|dad|father|son|daughter|kid|child|cousin|aunt|uncle|nan|gran|grandma|grandpa|grandad|grandmother|grandfather|wife|husband|partner|girlfriend|gf|boyfriend|bf|fiance|fiancee|ex|roommate|flatmate|housemate|classmate|coworker|colleague|neighbour|neighbor|student|patient|client|teen|teenager|niece|nephew)";

/** A third person as the subject just before the verb: "she didn't", "these people", "he really". */
export const SOMEONE_ELSE_SUBJECT = `(?:^|[ .])(?:he|she|they|hes|shes|theyre|who|nobody|no one|noone|no body|someone|somebody|anyone|anybody|everyone|everybody|these (?:ppl|people|guys)|those (?:ppl|people|guys)|(?:my|his|her|their|your|our|the|a|this) (?:[a-z]+ )?${SOMEONE_CLOSE}) (?:(?:really|truly|honestly|totally|just|didnt|doesnt|dont|did not|does not|do not|never|definitely|probably|also|still|all|so|absolutely|fully|yesterday|today|last night|recently|has|had|have|once) )*`;

/** Before "suicide": someone else did or tried it ("my gf yesterday attempted suicide"). */
export const SOMEONE_ELSE_ATTEMPT = `${SOMEONE_ELSE_SUBJECT}(?:attempted|committed|tried|died by|died of|died from|survived)(?: a| an)? `;

/**
 * A work or a piece of news about it, before "suicide" or "overdose": "a documentary about
 * suicide", "an article on overdoses in prisons". One list for both, so a word added reaches each.
 */
export const A_WORK_ABOUT =
  "(?:documentary|documentaries|film|films|movie|movies|article|articles|news|report|reports|podcast|podcasts|book|books|novel|study|studies|lecture|class|talk|series|episode|show|song|songs|essay|research|statistics|stats) (?:about|on|of|covering) (?:\\w+ ){0,3}";

/** After "suicidal": it describes the person next ("my suicidal sister", "a suicidal friend"). */
export const DESCRIBES_SOMEONE = ` (?:(?:teenage|teen|young|little|older|younger|big|best|old|new|ex) )?${SOMEONE_CLOSE}\\b`;

/*
 * Hyperbole that names its trivial cause. Each list is narrow: "so tired i want to die" and "if
 * i have to go through another day like this i'll kill myself" are not guarded.
 */

/** "so spicy i want to die", "so cringe i wanna die": a passing sensation, named. */
export const SO_TRIVIAL =
  "so (?:spicy|hot and spicy|cringe|cringey|cringy|embarrassing|embarrassed|awkward|funny|cute|full|hungover|stuffed) (?:that |)(?:i |)(?:just |literally |actually |lowkey |)(?:wana |want to |wanted to |could |)";

/** "if i ever have to write a lesson plan in a group again i'm gonna kill myself". */
export const IF_TRIVIAL_AGAIN =
  "if i (?:ever |)(?:have to|hafta|gota|got to|need to|hear|see|get|sit through|watch|do) (?:[a-z]+ ){0,4}(?:lesson plan|group project|group work|group chat|meeting|zoom call|zoom|team call|spreadsheet|song|ad|advert|commercial|jingle|episode|tiktok|video|reel|powerpoint|slideshow|icebreaker|small talk|traffic|queue|commute)s? (?:[a-z]+ ){0,4}(?:i (?:m |am |will |wil |would |d |)|il |im |)(?:gonna |gona |going to |just |literally |actually |)";

/** "i'd tell you, but then i'd have to kill myself": the spy-film joke. */
export const THEN_ID_HAVE_TO =
  "then (?:i d|id|i would|i will|il|i ll) (?:have|hafta|need) (?:to |2 )";

/** Harm by accident: "one of these days i'll accidentally kill myself with the cleaners". */
export const BY_ACCIDENT_BEFORE =
  "(?:accidentally|accidently|accidentaly|by accident|unintentionally) ";

/** A bucket list: "before i die i want to see the northern lights". */
export const BUCKET_LIST =
  " (?:i (?:want|wana|wanna|would like|d like|hope|wish) (?:to |2 |)|id (?:like|love) to |)(?:see|visit|travel|try|learn|eat|read|watch|climb|go to|go on|do a|own|meet|swim|run a|ride|drive|fly|skydive|hear|taste|kiss|write a book|finish|get married|have kids|bucket)\\b| i (?:want|wana|wanna) (?:to|2)?$";
