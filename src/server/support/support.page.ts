import { type CrisisResources, regionName } from "../../core/crisis/crisis-resources.js";
import {
  crisisLineItem,
  emergencyAdvice,
  listCheckedNote,
  regionOptions,
} from "../crisis/crisis-lines.html.js";
import { escapeHtml as e } from "../crisis/html.js";

/** The guide's sections, in order: the contents list and the headings come from this one list. */
const SECTIONS = [
  { id: "what-it-is", title: "What pulling away is, and what it is not" },
  { id: "what-helps", title: "What tends to help" },
  { id: "what-to-avoid", title: "What to avoid" },
  { id: "asking-about-suicide", title: "Asking about suicide" },
  { id: "professional-help", title: "Encouraging professional help" },
  { id: "looking-after-yourself", title: "Looking after yourself" },
  { id: "help-lines", title: "Help lines" },
  { id: "questions", title: "Common questions" },
] as const satisfies readonly { id: string; title: string }[];

type SectionId = (typeof SECTIONS)[number]["id"];

function section(id: SectionId, body: string): string {
  const title = SECTIONS.find((s) => s.id === id)?.title ?? id;
  return `<section aria-labelledby="${id}"><h2 id="${id}">${e(title)}</h2>${body}</section>`;
}

// The same facts as the crisis page, one heading level down because here they sit in a section.

function helpLines(info: CrisisResources): string {
  const place = info.known ? ` in ${e(regionName(info.region))}` : "";
  const emergency = emergencyAdvice(info, "If someone is in danger right now");
  return section(
    "help-lines",
    `<p>These services are free and confidential. You can call them about someone else, too: they help worried friends and family every day.</p>
<div class="emergency">${emergency}</div>
<p>People you can reach${place}:</p>
<ul class="resources">${info.resources.map((r) => crisisLineItem(r, "h3")).join("")}</ul>
<form method="get" action="/support">
<label for="region">Show help lines for
<select id="region" name="region">${regionOptions(info.region)}</select></label>
<button type="submit">Show</button>
</form>
${listCheckedNote(info.verified)}`,
  );
}

const contents = `<nav aria-labelledby="contents-heading" class="contents">
<h2 id="contents-heading">On this page</h2>
<ul>${SECTIONS.map((s) => `<li><a href="#${s.id}">${e(s.title)}</a></li>`).join("")}</ul>
</nav>`;

const whatItIs = section(
  "what-it-is",
  `<p>Depression often makes people pull back from the people they love. They reply less, cancel plans, or seem far away when they are in the room. This is one of the most common signs of depression.</p>
<p><strong>It is usually not about you.</strong> From the inside, pulling away often comes from:</p>
<ul>
<li><strong>Running on empty.</strong> A short chat can feel like hard work when energy is this low.</li>
<li><strong>Flat feelings.</strong> Things that used to be fun can feel like nothing much.</li>
<li><strong>Feeling worthless, or like a burden.</strong> Many people believe others would be better off without them around.</li>
<li><strong>Heavy thoughts on repeat.</strong> The mind may replay worries and mistakes for hours.</li>
<li><strong>Fear of being judged.</strong> Depression can make a friend's short reply look like anger or pity.</li>
</ul>
<p>Pulling away is <strong>not</strong> laziness, a lack of love, or a choice to reject you. It is also not something they can simply snap out of. But it does tend to make depression worse over time: less contact means fewer good moments, and more time alone with dark thoughts. Gentle, steady contact from you can help loosen that loop.</p>`,
);

const whatHelps = section(
  "what-helps",
  `<h3>Low-pressure contact</h3>
<p>Stay in touch in ways that ask very little back. A short text, a photo, a funny link. Make it clear no reply is needed. For example:</p>
<ul class="examples">
<li>"Thinking of you. No need to reply."</li>
<li>"I'm going for a walk on Saturday at ten. Join me if you feel like it, and it's fine if not."</li>
<li>"Saw this and it made me think of you."</li>
</ul>
<h3>Patience</h3>
<p>Recovery is slow and uneven. There will be good days and bad days. Try not to take a cancelled plan or a late reply as a sign of how they feel about you.</p>
<h3>Practical help</h3>
<p>When energy is low, everyday tasks pile up. Offering something specific is easier to accept than "let me know if you need anything." You could bring a meal, help with a form, walk the dog, or sit with them while they make a phone call.</p>
<h3>Keeping the invitation open</h3>
<p>Keep inviting them, even if they say no many times. Each invite tells them they are still wanted. Make it easy to say yes and easy to say no.</p>
<h3>Listening</h3>
<p>When they do talk, you don't need to fix anything. Listening, and saying something like "that sounds really hard," can mean a lot.</p>`,
);

const whatToAvoid = section(
  "what-to-avoid",
  `<ul>
<li><strong>Pushing them to open up.</strong> Let them know you are there when they are ready, and leave it there.</li>
<li><strong>"Just cheer up" or "others have it worse."</strong> Depression is an illness, not a mood someone can choose to drop.</li>
<li><strong>Taking the distance personally,</strong> or answering it with silence of your own.</li>
<li><strong>Guilt trips,</strong> such as "you never have time for me." They tend to deepen the sense of being a burden.</li>
<li><strong>Giving up on them.</strong> A slower, lighter kind of contact is still contact.</li>
<li><strong>Promising to keep a secret about their safety.</strong> If their life is at risk, getting help comes first.</li>
</ul>`,
);

const askingAboutSuicide = section(
  "asking-about-suicide",
  `<p>If you are worried that someone may be thinking about suicide, ask them. Ask directly and calmly. <strong>Research shows that asking about suicide does not put the idea in someone's head.</strong> For many people, it is a relief to be asked.</p>
<h3>How to ask</h3>
<ul>
<li>Find a private moment when you have time.</li>
<li>Use clear words: "Are you thinking about suicide?" or "Are you thinking of ending your life?"</li>
<li>Stay calm, and listen. Try not to argue, lecture, or look shocked.</li>
</ul>
<h3>If the answer is yes</h3>
<ul>
<li>Thank them for telling you. Take it seriously.</li>
<li>Ask if they have a plan, and whether they have the means to carry it out.</li>
<li>Help them connect with support now: a crisis line, their doctor, or a mental health service. You can make the call together.</li>
<li>If they have a safety plan, help them use it. If they have a plan to harm themselves soon, or you think they are in danger right now, <strong>call emergency services</strong>, and stay with them if it is safe for you.</li>
<li>If you can, help make their space safer by keeping things they could use to hurt themselves out of reach.</li>
</ul>
<p>You don't have to carry this alone. Crisis lines also talk with worried family and friends.</p>`,
);

const professionalHelp = section(
  "professional-help",
  `<p>It may be time to gently suggest professional help if low mood has lasted more than two weeks, if it is getting in the way of work, study or home life, or if they talk about feeling hopeless or like a burden.</p>
<ul>
<li><strong>Pick a calm, private moment.</strong> Say what you have noticed, with care: "You've seemed really worn out lately, and I'm worried about you."</li>
<li><strong>Frame it as strength.</strong> Depression is common and treatable. Seeing a doctor or therapist is a practical step, not a failure.</li>
<li><strong>Offer practical help.</strong> Help find a doctor or therapist, book the visit, or go along to the first one.</li>
<li><strong>Expect a "not yet".</strong> If they aren't ready, you can come back to it later. Keep the door open.</li>
</ul>
<p>A family doctor is often a good first step. Talking therapies and, for some people, medicine both help. Couples or family therapy can help when depression is straining a relationship.</p>`,
);

const lookingAfterYourself = section(
  "looking-after-yourself",
  `<p>Supporting someone with depression can be tiring and lonely. Your own needs matter too.</p>
<ul>
<li><strong>Keep your own life going.</strong> Sleep, meals, friends, and things you enjoy are not selfish. They keep you able to help.</li>
<li><strong>Share the load.</strong> You can't be someone's only support. Other friends, family, and professionals can help too.</li>
<li><strong>Set limits kindly.</strong> It is okay to say what you can and can't do.</li>
<li><strong>Talk to someone yourself.</strong> A friend, a support group for families, or a counselor can help you.</li>
<li><strong>Remember what you can't control.</strong> You can offer care and support. You can't cure their depression, and it is not your fault if it lasts.</li>
</ul>`,
);

const questions = section(
  "questions",
  `<h3>They've stopped reaching out. Is that part of depression?</h3>
<p>Yes. It is very common. Low energy, flat feelings, and a low sense of worth all make contact feel like too much.</p>
<h3>Did I do something wrong?</h3>
<p>Probably not. The distance usually comes from the illness, not from anything you did. If you are unsure, you can ask kindly, without blame: "I've missed you. Is anything between us, or is it a hard time?"</p>
<h3>Can depression make someone feel like a burden?</h3>
<p>Yes. Many people with depression believe they are a weight on others, even when the people around them feel nothing of the kind. If they say others would be better off without them, ask about suicide directly, as described above.</p>
<h3>Does wanting time alone always mean depression?</h3>
<p>No. Everyone needs time alone, and some people like more of it than others. It is more worrying when it lasts for weeks, is a change from how they usually are, or comes with low mood or loss of interest. Only a professional can say if it is depression.</p>
<h3>How can I help them take steps back toward people?</h3>
<p>Make the steps small and easy. Suggest short, low-key plans with a clear end, like a walk or a coffee. Notice and welcome small steps, without pressure. Encourage professional help, which can give them tools for the hardest parts.</p>
<h3>What if they don't want help?</h3>
<p>You usually can't make an adult get help. Stay in touch, keep offering, and look after yourself. If you think they are in danger, call emergency services.</p>`,
);

/**
 * The guide for the people who care about someone who is pulling away: partners, friends and
 * family. Rendered on the server and public, so it can be shared as a plain link and read with
 * JavaScript off, without an account, on any phone. Crisis help comes first, and the region's
 * help lines are built in, because a worried supporter may need them right now.
 */
export function renderSupportPage(info: CrisisResources): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="For partners, friends and family: why depression makes people pull away, and how you can help.">
<title>Supporting someone with depression · Reconnect</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/crisis.css">
<link rel="stylesheet" href="/support.css">
</head>
<body>
<a class="skip" href="#main">Skip to the guide</a>
<header><a href="/">Reconnect</a><a class="help-now" href="/crisis">Get help now</a></header>
<main id="main">
<h1>When someone you love pulls away</h1>
<p class="lead">Depression often makes people withdraw from the very people who care about them. This short guide is for partners, friends and family. It explains what is going on, and what tends to help.</p>
<p class="urgent">If you think someone is in danger right now, call your local emergency number, or <a href="#help-lines">reach a help line</a>: you can call about someone else.</p>
${contents}
${whatItIs}
${whatHelps}
${whatToAvoid}
${askingAboutSuicide}
${professionalHelp}
${lookingAfterYourself}
${helpLines(info)}
${questions}
<p class="small">This guide offers general information. It is not medical advice and not a crisis service.</p>
<p class="small">Came here from a card someone shared with you? Your browser's Back button returns to it.</p>
<p><a href="/">Back to Reconnect</a></p>
</main>
</body>
</html>`;
}
