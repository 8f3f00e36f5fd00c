import type { ContactLink } from "../../../core/crisis/contact-links.js";
import { findPhoneNumbers } from "../../../core/safety-plan/phone-numbers.js";
import type { SafetyPlanInput } from "../../../core/safety-plan/safety-plan.schema.js";
import { webAddressesIn } from "../../../core/safety-plan/web-addresses.js";
import { ContactButtons } from "../../components/crisis/ContactButtons.js";
import { stepCopy } from "./steps.js";

/** The call and text links for the numbers written in one line of the plan, and its web addresses. */
export function linksIn(text: string): ContactLink[] {
  const numbers = findPhoneNumbers(text).flatMap((number) => [
    ...(number.call
      ? [{ kind: "call" as const, href: number.call, label: `Call ${number.written}` }]
      : []),
    ...(number.text
      ? [{ kind: "text" as const, href: number.text, label: `Text ${number.written}` }]
      : []),
  ]);
  return [...numbers, ...webAddressesIn(text)];
}

/** Entries can repeat, and a shown list is never reordered, so a line's place is its identity. */
function numbered(texts: readonly string[]): { id: string; text: string }[] {
  return texts.map((text, place) => ({ id: `${place}:${text}`, text }));
}

/**
 * The plan to read, not to edit: each step the person filled in, in order, every phone number in
 * it offered as Call and Text buttons beside the words, every web address as an Open button.
 * Steps left empty are left out, so what shows is only what the person wrote. `level` is the steps' heading level where it sits.
 */
export function PlanView({ plan, level }: { plan: SafetyPlanInput; level: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  const filled = stepCopy.filter((copy) => plan[copy.step].length > 0);
  return (
    <ol className="plan-view">
      {filled.map((copy) => (
        <li key={copy.step} className="plan-view-step">
          <Heading>{copy.title}</Heading>
          <ul>
            {numbered(plan[copy.step]).map(({ id, text }) => {
              const links = linksIn(text);
              // One number: "Call" is enough beside it. Several: each button names its number.
              const short = findPhoneNumbers(text).length === 1;
              return (
                <li key={id} className="plan-view-entry">
                  <span className="plan-view-text">{text}</span>
                  <ContactButtons links={links} short={short} />
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ol>
  );
}
