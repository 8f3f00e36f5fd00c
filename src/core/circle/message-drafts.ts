import { isolated } from "../text/isolated.js";
import type { ConnectionStep } from "./next-step.js";

/**
 * Drafts a person can copy or share as they are, or change. Each one is short, warm, asks for
 * nothing urgent, and leaves the other person free to answer whenever. `{name}` is filled in;
 * without a name the greeting simply drops it ("Hi, …").
 */
export const stepDrafts = {
  // A reaction is a reply to something they shared: a few words, no question to answer.
  react: [
    "Ha, this made me smile.",
    "Love this.",
    "This is so you 😄",
    "That looks lovely.",
    "Oh, I want to hear more about this sometime.",
  ],
  message: [
    "Hi {name}, you popped into my head today. Hope things are OK with you.",
    "Hey {name}! Saw something that reminded me of you. How are things?",
    "Hi {name}, just saying hello. No rush to reply.",
    "Thinking of you, {name}. How has your week been?",
  ],
  "voice-note": [
    "Hi {name}, it's me. I was thinking about you and wanted to say hello. Hope your day is going alright. Reply whenever, no rush.",
    "Hey {name}! Quick one: something made me think of you today and I wanted to tell you. Talk soon.",
    "Hi {name}, just a little hello from me. Nothing urgent at all. I'd love to hear how you are when you have a minute.",
  ],
  call: [
    "Hi {name}, would you be up for a quick call sometime this week? Just ten minutes to catch up.",
    "Hey {name}, are you free for a short chat later? No worries if not.",
    "Hi {name}, I'd love to hear your voice. Could I ring you this evening, or another day that suits you?",
  ],
  "meet-up": [
    "Hi {name}, fancy a slow walk sometime this week? Totally fine if not.",
    "Hey {name}, would you like to get a coffee soon? Something short and easy.",
    "Hi {name}, I've missed you. Could we meet up for an hour, maybe at the weekend? No pressure at all.",
  ],
} as const satisfies Record<ConnectionStep, readonly string[]>;

/**
 * Drafts that are true only after a long quiet: offered when the person is past the gap they
 * wanted between contacts, or when nothing says when they last spoke. Offered to someone
 * written to four days ago, "it's been a while" was something untrue to send.
 */
export const afterAGapDrafts: Partial<Record<ConnectionStep, readonly string[]>> = {
  message: ["Hi {name}, I know it's been a while. I've missed you and wanted to say hi."],
};

/** How long since the last contact, as far as the drafts need to know. */
export type SinceLastContact = "recent" | "a-while";

/**
 * "Signal" messages: they tell someone you care about why you have gone quiet, so the silence
 * is not read as rejection, and say what kind of contact would help. None of them blames anyone,
 * and none asks the other person to fix anything.
 */
export const signalDrafts = [
  "Hi {name}, I've been quiet lately because things feel heavy for me right now. It isn't anything you did, and I still care about you a lot.",
  "Hey {name}, just so you know: I'm in a low patch, so I might be slow to reply. It's not about you. A short message now and then really helps.",
  "Hi {name}, I've been pulling back from people because my mood has been low, not because of you. When I'm up to it, I'd love something gentle, like a walk or a film.",
  "Hi {name}, I'm finding things hard at the moment and haven't been good at keeping in touch. I'd really like to see you, just something low-key with no big plans.",
  "Hi {name}, I don't have much energy for talking right now, but I like hearing from you. Texts are easiest for me, and there's no need to wait for a quick answer.",
] as const;

/**
 * Puts the name in, or drops it cleanly when there is no name to use. The name is isolated: the
 * draft is copied and sent as it is, and a name holding a right-to-left override must not turn
 * the rest of the message around in a friend's chat.
 */
export function fillDraft(template: string, name?: string): string {
  const trimmed = name?.trim() ?? "";
  if (trimmed === "") return template.replace(/,? \{name\}/g, "");
  return template.replaceAll("{name}", isolated(trimmed));
}

/** The drafts for one step on the ladder, with the person's name filled in. */
export function draftsFor(
  step: ConnectionStep,
  name?: string,
  since: SinceLastContact = "recent",
): string[] {
  const gapOnly = since === "a-while" ? (afterAGapDrafts[step] ?? []) : [];
  return [...stepDrafts[step], ...gapOnly].map((template) => fillDraft(template, name));
}

/** The signal messages, with the person's name filled in. */
export function signalMessages(name?: string): string[] {
  return signalDrafts.map((template) => fillDraft(template, name));
}
