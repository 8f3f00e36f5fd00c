/**
 * Word lists several categories share, written in ordinary spelling; `rule` squeezes them to the
 * normalized form. Add a spelling here and every rule that uses the list learns it.
 */

/** Any number of softening words: "I just really want to die", "I kinda wanna disappear". */
export const F =
  "(?:(?:just|really|honestly|literally|actually|kind of|kinda|sort of|sorta|so|simply|truly|seriously|fucking|fking|fkn|actively|passively|freaking|effing|like|even|finally|quietly|already|still|sometimes|often|always|totally|completely|genuinely|lowkey|low key|deadass|rly|rlly|legit|all|ever|badly|desperately|secretly|lately|again|now|tbh|ngl|too|to) ){0,4}";

/** Up to n arbitrary words. */
export const gap = (n: number): string => `(?:[a-z0-9]+ ){0,${n}}`;

export const MYSELF =
  "(?:my ?self|myslef|mysefl|mysef|mysel|myslf|mself|meself|me ?self|mi ?self|myselfe|myselv)";

/** Someone a supporter is writing about: "she wants to kill herself". */
export const ANY_SELF = `(?:${MYSELF}|himself|herself|themselves|themself|yourself|urself|ur self)`;

export const TO = "(?:to |2 |ta |too |)";

export const WOULD =
  "(?:would|wud|wuld|woud|wold|wld|wd|will|wil|d|ll|is going to|s going to|gonna|gona)";

export const EVERYONE =
  "(?:everyone|everybody|every one|every1|evry1|evryone|everone|every body|all of them|the world|people|my family|my friends|my kids|my children|the kids|you all|yall|they|he|she|him|her|them)";

export const WITHOUT = "(?:without|withut|witout|wihtout|wihout|withot|withoutt|w o|w out)";

/** "if I was gone for a week", "if I wasn't here tomorrow": travel or a day off, not death. */
export const GONE_TRAVEL =
  "(?! (?:to|on|for (?!good|ever)|from (?:the|this|work|home|class|school)|by|at|home|camping|abroad|away|shopping|travel\\w*|already|off|before|until|till|til|in (?:the|a) (?:morning|bit|minute|second|office|meeting)|tomorrow|today|tonight|next|this (?:week|weekend|time|morning|afternoon|evening)|for the (?:day|week|weekend))\\b)";

/** What a person might wish or fear about themselves being gone, after "if I …". */
export const GONE_TAIL = `(?:was |were |am |m |d |had |had just |d just |just |finally |simply |quietly |would |could |ever |)(?:(?:dead|died|die|ceased to exist|stopped existing|didnt exist|did not exist|never existed|was never born|were never born|had never been born|d never been born|never been born|wasnt born|werent born|not born|not alive|no longer alive|killed myself|ended it|ended it all|ended my life|took my (?:own )?life|didnt wake up|did not wake up|never woke up|wasnt alive|went away forever|went away for good|left for good|left forever|left this world|overdosed|jumped|never existed|was six feet under)\\b|(?:gone|disappeared|vanished|not here|not around|no longer (?:here|around)|out of the (?:picture|way)|wasnt here|wasnt around|werent here|werent around|was not here|were not here|wasnt here anymore|wasnt around anymore|wasnt in it|werent in it|wasnt in (?:the|their|your|his|her|everyones) (?:picture|lives|life|world)|wasnt part of (?:it|their lives|this world))\\b${GONE_TRAVEL})`;

/** Wanting, planning or picturing a jump or a crash; "almost" and "nearly" stay out (near misses). */
export const LEAP_INTENT =
  "(?:want|wants|wanted|wanting|wana|wanna|gonna|gona|going|urge|urges|tempted|temptation|planning|plan|planned|thinking about|think about|thought about|thoughts of|thoughts about|considering|considered|imagine|imagining|imagined|picture|picturing|pictured|fantasi[sz]e|fantasi[sz]ing|dream of|dream about|dreaming of|dreaming about|feel like|felt like|ready|tried|try|trying|close to|could|might|should|would|will|il|keep|kept|finna|tryna|ned|need|desperate)";

export const PILLS =
  "(?:pills|pill|tablets|tablet|meds|medication|medications|medicine|medicines|sleeping pills|sleeping tablets|sleepers|painkillers|pain killers|paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|advil|antidepressants|anti depressants|sertraline|citalopram|fluoxetine|prozac|zoloft|lexapro|xanax|valium|diazepam|codeine|tramadol|oxy|oxycodone|opioids|morphine|benzos|lithium|insulin|prescription|prescriptions|sleeping meds|capsules|caps|quetiapine|seroquel|amitriptyline|zopiclone|ambien)";

/** Picturing, dwelling on, or researching it. */
export const DWELLING =
  "\\b(?:think|thinks|thinking|thought|thoughts|dream|dreams|dreaming|dreamt|dreamed|fantasi[sz]e|fantasi[sz]es|fantasi[sz]ing|fantasi[sz]ed|obsess|obsessing|obsessed|ruminating|ruminate|imagine|imagines|imagining|imagined|picture|pictures|picturing|pictured|visuali[sz]e|visuali[sz]ing|planning|planned|plan|plans|considering|considered|consider|contemplating|contemplated|contemplate|researching|researched|romanticising|romanticizing|romanticise|romanticize|idea|ideas|urges?|craving|crave|longing|yearning|welcome|welcoming|tempted by|preoccupied with|fixated on|fixating on|cant stop thinking|keep thinking|googling|googled|obsessive thoughts|intrusive thoughts|mind keeps going to|mind goes to|keep coming back to)";

/**
 * Words that make a weak phrase a crisis when they are near it: death, despair, means, goodbyes.
 * Used as a rule's `context`, never alone.
 */
export const CRISIS_CONTEXT =
  "\\b(?:die|died|dying|dead|death|suicid\\w*|kil\\w* myself|kms|end it|end my life|ending it|alive|living|live anymore|my life|goodbye|good bye|bye|farewel\\w*|last post|forever|pills|tablets|overdose|od|benzos|bottle|knife|blade|razor|rope|noose|gun|bullet|jump|bridge|roof|train|tired of|done with|cant (?:do|take) (?:this|it)|hate my life|hate myself|worthless|nothing left|no one cares|nobody cares|no point|no reason|hopeless|burden|leave behind|better off|deserve|hel|pain|suffer\\w*|miserable|give up|gave up|at peace|ready to go|no way out|carry it out|method|plan|attempt\\w*|last stand|end is near|no hope)\\b";
