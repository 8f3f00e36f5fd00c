import type { ContactLink } from "../../../core/crisis/contact-links.js";

/**
 * Call, text and web links as large buttons (at least 44 px each way) in a row that wraps. `short`
 * shows only "Call" or "Text", with the number still in the name a screen reader reads.
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
            // A site the person wrote down is not told which page of Reconnect sent them.
            rel={link.kind === "web" ? "noreferrer" : undefined}
          >
            {short ? (
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
