import type { ContactLink } from "../../../core/crisis/contact-links.js";

/**
 * Call, text and web links as large buttons (at least 44 px each way) in a row that wraps. `short`
 * shows only "Call" or "Text", with the number still in the name a screen reader reads; a web
 * link always shows its site, since two "Open" buttons side by side could not be told apart.
 */
export function ContactButtons({
  links,
  short = false,
}: {
  links: readonly ContactLink[];
  short?: boolean;
}) {
  if (links.length === 0) return null;
  return (
    <span className="contact-buttons">
      {links.map((link) => {
        const [verb = "", ...rest] = link.label.split(" ");
        return (
          <a
            key={link.href}
            className={link.kind === "call" ? "contact-button" : "contact-button text"}
            href={link.href}
            // A site the person wrote down opens beside Reconnect, so their plan stays open where
            // they left it, and is not told which page of Reconnect sent them.
            target={link.kind === "web" ? "_blank" : undefined}
            rel={link.kind === "web" ? "noreferrer" : undefined}
          >
            {short && link.kind !== "web" ? (
              <>
                {verb}
                <span className="visually-hidden"> {rest.join(" ")}</span>
              </>
            ) : (
              link.label
            )}
          </a>
        );
      })}
    </span>
  );
}
