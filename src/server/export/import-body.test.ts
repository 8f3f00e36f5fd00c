import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error.js";
import { MOST_KEYS, readJsonStream } from "./import-body.js";

/** The bytes of `text` cut into pieces of `size` bytes, wherever that falls (mid-character too). */
async function* pieces(text: string | Buffer, size: number): AsyncGenerator<Buffer> {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

const LIMIT = 1024;

describe("reading an import's body as it arrives", () => {
  const value = {
    format: "reconnect-export",
    notes: ["Regen 🌧️ heute", "日本語のメモ", 'quote " and \\ backslash'],
    nested: { list: [1, 2.5, -3, null, true], empty: {} },
  };

  it.each([1, 2, 3, 7, 64, 4096])("reads the same value in pieces of %i bytes", async (size) => {
    await expect(readJsonStream(pieces(JSON.stringify(value), size), LIMIT)).resolves.toEqual(
      value,
    );
  });

  it(`takes an object of ${MOST_KEYS} keys and refuses one of more, as soon as it is seen`, async () => {
    const keys = (count: number) =>
      Array.from({ length: count }, (_, index) => `"k${index}":1`).join(",");
    const most = `{"a":{${keys(MOST_KEYS)}}}`;
    await expect(readJsonStream(pieces(most, 4096), 1024 * 1024)).resolves.toEqual(
      JSON.parse(most),
    );
    const hostile = `{"a":{${keys(20 * MOST_KEYS)}}}`;
    const error = await refusal(readJsonStream(pieces(hostile, 4096), 1024 * 1024));
    expect(error.status).toBe(400);
    expect(error.code).toBe("invalid-import");
    expect(error.fields).toEqual({ a: `has more than ${MOST_KEYS} fields` });
  });

  it("lets the event loop turn between pieces that arrive all at once", async () => {
    const order: string[] = [];
    // Queued before the read starts: it runs between two pieces, or after the read if never.
    setImmediate(() => order.push("another turn"));
    await readJsonStream(pieces(JSON.stringify(value), 16), LIMIT).then(() => order.push("read"));
    expect(order).toEqual(["another turn", "read"]);
  });

  it("reads past a byte order mark, as some editors write one", async () => {
    const marked = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":"é"}')]);
    for (const size of [1, 2, 64])
      await expect(readJsonStream(pieces(marked, size), LIMIT)).resolves.toEqual({ a: "é" });
  });

  it("reads an empty or blank body as nothing, as other routes do", async () => {
    await expect(readJsonStream(pieces("", 4), LIMIT)).resolves.toBeUndefined();
    await expect(readJsonStream(pieces(" \n ", 1), LIMIT)).resolves.toBeUndefined();
  });

  it.each([
    ["cut short", '{"format":"reconnect-export",'],
    ["followed by more", '{"a":1}{"b":2}'],
    ["missing a comma", '{"a":[1 2]}'],
  ])("refuses JSON %s", async (_what, text) => {
    const error = await refusal(readJsonStream(pieces(text, 3), LIMIT));
    expect([error.status, error.code]).toEqual([400, "invalid-json"]);
  });

  it("refuses bytes that are not UTF-8, also half a character at the end", async () => {
    const broken = Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xff]), Buffer.from('"}')]);
    const wrong = await refusal(readJsonStream(pieces(broken, 2), LIMIT));
    expect([wrong.status, wrong.code]).toEqual([415, "not-utf8"]);
    const cut = Buffer.from('{"a":"🌧️"}').subarray(0, 8);
    const half = await refusal(readJsonStream(pieces(cut, 2), LIMIT));
    expect([half.status, half.code]).toEqual([415, "not-utf8"]);
  });

  it.each([
    ["plainly", '{"a":{"b":1,"__proto__":{"c":2}}}'],
    ["in \\u escapes", '{"a":{"b":1,"\\u005f\\u005fproto\\u005f\\u005f":{"c":2}}}'],
    ["with space before its colon", '{"a":{"b":1,"__proto__" \n :{"c":2}}}'],
  ])("refuses a __proto__ key written %s, even split across pieces", async (_how, text) => {
    for (const size of [1, 5, 13]) {
      const error = await refusal(readJsonStream(pieces(text, size), LIMIT));
      expect([error.status, error.code]).toEqual([400, "invalid-json"]);
    }
  });

  it.each(['he typed "__proto__" once', "__proto__"])(
    "takes __proto__ in a note (%s), where it is only words",
    async (words) => {
      const note = { note: words, mood: 3 };
      await expect(readJsonStream(pieces(JSON.stringify(note), 4), LIMIT)).resolves.toEqual(note);
    },
  );

  it("stops reading at the limit, and refuses a declared length over it before reading", async () => {
    const long = JSON.stringify({ note: "x".repeat(LIMIT) });
    expect((await refusal(readJsonStream(pieces(long, 100), LIMIT))).status).toBe(413);
    let read = 0;
    async function* counted(): AsyncGenerator<Buffer> {
      read += 1;
      yield Buffer.from("{}");
    }
    const error = await refusal(readJsonStream(counted(), LIMIT, String(LIMIT + 1)));
    expect([error.status, error.code, read]).toEqual([413, "body-too-large", 0]);
  });

  it("answers a body that stops part-way (the sender went away) as a 400, not a failure here", async () => {
    async function* dropped(): AsyncGenerator<Buffer> {
      yield Buffer.from('{"format":"reconnect-export","checkins":[');
      throw Object.assign(new Error("aborted"), { code: "ECONNRESET" });
    }
    const error = await refusal(readJsonStream(dropped(), LIMIT));
    expect([error.status, error.code]).toEqual([400, "upload-cut-short"]);
  });
});
