import { ENERGY_WORDS } from "../../core/shares/share.schema.js";
import { escapeHtml as e } from "../crisis/html.js";
import type { PublicCard } from "./share.mapper.js";

// The page a supporter opens carries links only to public pages (the supporter guide and crisis
// help): no app navigation, no sign-in, nothing that leads into the member's data.
function page(title: string, body: string, skip = "Skip to the card"): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${e(title)} · Reconnect</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/crisis.css">
<link rel="stylesheet" href="/support.css">
<link rel="stylesheet" href="/share.css">
</head>
<body>
<a class="skip" href="#main">${e(skip)}</a>
<header><span class="brand">Reconnect</span><a class="help-now" href="/crisis">Get help now</a></header>
<main id="main">
${body}
</main>
</body>
</html>`;
}

/**
 * For a worried supporter: the guide's help lines, which tell them they can call about someone
 * else, rather than /crisis, which speaks to the person in danger.
 */
const SUPPORTER_URGENT = `<p class="urgent">If you think they are in danger right now, call your local emergency number, or <a href="/support#help-lines">reach a help line</a>: they help worried friends and family too.</p>`;

/** A date a supporter reads at a glance, the same on every server whatever its language. */
function readableDate(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

function stepsLine(steps: number): string {
  if (steps === 0) {
    return "No small steps noted in the last 7 days. In a low week, that is common.";
  }
  const days = steps === 1 ? "1 day" : `${steps} days`;
  return `In the last 7 days, they reached out to someone on ${days}.`;
}

/**
 * The card a member shares with someone who cares about them: only what they chose, read-only.
 * Written about the member in the third person, since the supporter knows who sent the link.
 */
export function renderSharePage(card: PublicCard): string {
  const parts = [
    `<h1>How they're doing this week</h1>`,
    `<p class="lead">Someone who trusts you shared this with you. It shows only what they chose to share, and it changes when they update it.</p>`,
    `<section class="share-card" aria-labelledby="energy-heading"><h2 id="energy-heading">Energy</h2><p class="big">${e(ENERGY_WORDS[card.energy])}</p></section>`,
    `<section class="share-card" aria-labelledby="contact-heading"><h2 id="contact-heading">How to reach them right now</h2><p class="big">${e(card.contact)}</p></section>`,
  ];
  if (card.message !== undefined) {
    parts.push(
      `<section class="share-card" aria-labelledby="message-heading"><h2 id="message-heading">A note from them</h2><blockquote><p>${e(card.message)}</p></blockquote></section>`,
    );
  }
  if (card.steps !== undefined) {
    parts.push(
      `<section class="share-card" aria-labelledby="steps-heading"><h2 id="steps-heading">Small steps</h2><p>${e(stepsLine(card.steps))}</p></section>`,
    );
  }
  parts.push(
    `<h2>What can help</h2>`,
    `<p>When someone with depression pulls away, it is usually not about you. Short, low-pressure contact and a standing invitation often mean more than they can say.</p>`,
    `<p><a href="/support">Read the short guide for partners, friends and family</a></p>`,
    SUPPORTER_URGENT,
    `<p class="small">This link works until <time datetime="${e(card.expiresAt)}">${e(readableDate(card.expiresAt))}</time>, unless they turn it off sooner.</p>`,
  );
  return page("A note from someone who cares about you", parts.join("\n"));
}

/**
 * For a link that was turned off, ran out or never existed. It says nothing about which: the
 * page must not confirm that a card once lived at this address, and never shows its content.
 */
export function renderGonePage(): string {
  return page(
    "This link is no longer active",
    `<h1>This link is no longer active</h1>
<p class="lead">The person who shared it may have turned it off, or it may have run out. Links are often turned off or left to run out; it doesn't tell you anything about how they are.</p>
<p>If you care about them, reaching out in your usual way is still okay.</p>
<p><a href="/support">Read the short guide for partners, friends and family</a></p>
${SUPPORTER_URGENT}`,
    "Skip to the page",
  );
}

/** On top of `/crisis.css` and `/support.css`; its own file, as the CSP forbids inline styles. */
export const shareStyles = `
header .brand { font-weight: 600; }
.share-card { background: var(--card); border: 1px solid var(--line); border-radius: .75rem; padding: .25rem 1rem .75rem; margin: 1rem 0; }
.share-card h2 { font-size: 1rem; margin: .75rem 0 .25rem; }
.share-card .big { font-size: 1.25rem; font-weight: 600; margin: 0; }
.share-card blockquote { margin: 0; padding-left: .75rem; border-left: 3px solid var(--accent); }
`;

/**
 * When the card cannot be read because the database is not answering: a page, not an error
 * object, that says it is a passing problem on this side and still offers the way to help.
 */
export function renderUnavailablePage(): string {
  return page(
    "This card can't be shown just now",
    `<h1>This card can't be shown just now</h1>
<p class="lead">The server that keeps it is having a problem. Please try again in a few minutes. It says nothing about the person who shared it.</p>
<p><a href="/support">Read the short guide for partners, friends and family</a></p>
${SUPPORTER_URGENT}`,
    "Skip to the page",
  );
}
