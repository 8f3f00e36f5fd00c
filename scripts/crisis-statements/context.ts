/**
 * Sentences about a life, for wrapping a statement in the kind of long, rambling post people
 * write on forums: the statement is one line among many. The same sentences wrap crisis and
 * look-alike statements alike, so the model learns that they say nothing either way.
 */
export const contextSentences: readonly string[] = [
  "i'm {15|17|19|20|23|31} and {live with my parents|live alone|just moved out}",
  "school has been {awful|really hard} {this year|lately}",
  "my {girlfriend|boyfriend|wife|husband} left me {last month|in march}",
  "i lost my job {in march|last week|a few months ago}",
  "i've been depressed for {years|as long as i can remember|about 5 years}",
  "nobody at {work|school} talks to me",
  "i tried therapy but it didn't {help|work}",
  "my dad {drinks and yells|is never home}",
  "everyone says it gets better",
  "i haven't slept properly in {weeks|days}",
  "i play video games {all day|so much} {because it's all i have|to forget}",
  "i have a {good|decent} life on paper, a {loving partner|roof over my head}",
  "my {mom|mother} and i fight every day",
  "i'm {so |}behind on {my studies|everything}",
  "this is supposed to be my last year {of college|of school}",
  "i don't have a job or friends of my own",
  "my anxiety {makes it hard|stops me} to leave the house",
  "i moved to a new city and don't know anyone",
  "{sorry|sorry for the long post|sorry if this is rambling}",
  "i don't even know why i'm posting this",
  "{tldr|anyway} {i'm|things are} not doing great",
  "i've been on {meds|sertraline|antidepressants} for {a year|months}",
  "my friends {stopped inviting me|moved away}",
  "it's {3am|late} and i can't sleep",
  "i work {nights|two jobs} and i'm {always tired|exhausted}",
  "my family {doesn't get it|thinks i'm lazy}",
  "i used to love {drawing|music|football} but now i don't care",
  "things were going {great|okay} {last summer|for a while}",
  "i have {exams|a big deadline} coming up",
  "my {dog|cat} is the only one who {gets me|is always there}",
  "i keep messing up with everyone",
  "nothing i do {is ever enough|seems to matter}",
];
