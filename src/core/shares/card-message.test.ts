import { describe, expect, it } from "vitest";
import { cardAsMessage, shareAddress } from "./card-message.js";

describe("cardAsMessage", () => {
  it("says the card's words in the first person, with the message after a blank line", () => {
    expect(
      cardAsMessage({
        energy: "low",
        contact: "Texts welcome, calls are hard",
        message: "Thanks for being patient with me.",
      }),
    ).toBe(
      [
        "How I'm doing this week:",
        "Low energy this week.",
        "How to reach me right now: Texts welcome, calls are hard.",
        "",
        "Thanks for being patient with me.",
      ].join("\n"),
    );
  });

  it("leaves out an empty message and keeps a sentence's own ending", () => {
    const text = cardAsMessage({ energy: "okay", contact: "A short call is okay!", message: "  " });
    expect(text).toBe(
      "How I'm doing this week:\nOkay energy this week.\nHow to reach me right now: A short call is okay!",
    );
  });
});

describe("shareAddress", () => {
  it("builds the link on the public address, keeping its folder and dropping a trailing slash", () => {
    expect(shareAddress("/s/abc", "https://reconnect.example.org")).toBe(
      "https://reconnect.example.org/s/abc",
    );
    expect(shareAddress("/s/abc", "https://example.org/reconnect/")).toBe(
      "https://example.org/reconnect/s/abc",
    );
  });

  it("leaves the path for the browser to complete when there is no public address", () => {
    expect(shareAddress("/s/abc", null)).toBe("/s/abc");
    expect(shareAddress("/s/abc", undefined)).toBe("/s/abc");
  });
});
