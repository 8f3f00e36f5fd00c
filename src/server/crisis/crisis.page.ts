import { type CrisisResources, regionName } from "../../core/crisis/crisis-resources.js";
import {
  crisisLineItem,
  emergencyAdvice,
  listCheckedNote,
  regionOptions,
} from "./crisis-lines.html.js";
import { escapeHtml as e } from "./html.js";

/**
 * The crisis page, rendered on the server so it works with JavaScript off, on a slow phone, and
 * before anyone has signed in. Plain words, the numbers first, nothing that could fail to load.
 */
export function renderCrisisPage(
  info: CrisisResources,
  options: { signedIn: boolean; backTo?: string | null } = { signedIn: false },
): string {
  const place = info.known ? ` in ${e(regionName(info.region))}` : "";
  const emergency = emergencyAdvice(
    info,
    "If you are in danger right now, or might act on thoughts of ending your life",
  );
  // Only for someone signed in: to anyone else the link would lead to a sign-in form, not a plan.
  const plan = options.signedIn
    ? `<section class="plan" aria-labelledby="plan-heading">
<h2 id="plan-heading">Your safety plan</h2>
<p>Your own steps for a moment like this, and the people you chose. If you have not made one yet, you can start it there.</p>
<p class="ways"><a class="call secondary" href="/safety-plan">Open your safety plan</a></p>
</section>`
    : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Crisis lines you can call or text right now, free and confidential.">
<title>Get help now · Reconnect</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/crisis.css">
</head>
<body>
<a class="skip" href="#main">Skip to the help lines</a>
<header><a href="/">Reconnect</a><span>Get help now</span></header>
<main id="main">
<h1>You don't have to get through this alone</h1>
<p>Talking to someone can help, even a stranger. These services are free and confidential, and the people there want to hear from you.</p>
<p>Worried about someone else? You can call or text these lines about them too, and they will help you think about what to do.</p>
<section class="emergency" aria-labelledby="emergency-heading">
<h2 id="emergency-heading">In an emergency</h2>
${emergency}
</section>
<section aria-labelledby="lines-heading">
<h2 id="lines-heading">People you can reach${place}</h2>
<ul class="resources">${info.resources.map((r) => crisisLineItem(r, "h3")).join("")}</ul>
</section>
${plan}
<form method="get" action="/crisis">${options.backTo ? `<input type="hidden" name="from" value="${e(options.backTo)}">` : ""}
<label for="region">Show help lines for
<select id="region" name="region">${regionOptions(info.region)}</select></label>
<button type="submit">Show</button>
</form>
${listCheckedNote(info.verified)}
<p class="small">Reconnect is not a crisis service and is not a substitute for professional care.</p>
<p><a href="${e(options.backTo ?? "/")}">Back to Reconnect</a></p>
</main>
</body>
</html>`;
}
