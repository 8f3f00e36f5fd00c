import { connect } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../../test/support/api-client.js";
import { exportDocumentWith } from "../../../test/support/export-documents.js";
import { required } from "../../../test/support/required.js";
import { engines } from "../../../test/support/stores.js";
import { createTestApp, type TestApp } from "../../../test/support/test-app.js";

const DAY = "/api/checkins/2026-11-29";

/**
 * Writes one request as the bytes given, over a real socket (`inject` cannot send a transfer
 * coding or a header twice), and gives back everything the server answered before it closed.
 */
function sendRaw(port: number, head: string, body: Buffer): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    socket.on("data", (chunk) => {
      received += String(chunk);
    });
    socket.on("close", () => resolve(received));
    socket.on("error", reject);
    // Written, not ended: the server closes the connection once it has answered (`connection: close`).
    socket.write(Buffer.concat([Buffer.from(head), body]));
  });
}

/** A body sent as one chunk and then the chunked ending. */
const chunked = (bytes: Buffer) =>
  Buffer.concat([
    Buffer.from(`${bytes.length.toString(16)}\r\n`),
    bytes,
    Buffer.from("\r\n0\r\n\r\n"),
  ]);

const statusAndCode = (answer: string) => [
  Number(answer.split(" ")[1]),
  /"code":"([^"]+)"/.exec(answer)?.[1],
];

describe.each(engines)("a body whose reading is ambiguous, on %s", (engine) => {
  let t: TestApp;
  let c: ApiClient;
  let port = 0;
  beforeAll(async () => {
    t = await createTestApp(engine);
    c = await t.owner();
    port = Number(new URL(await t.app.listen({ host: "127.0.0.1", port: 0 })).port);
  });
  afterAll(async () => {
    await t.close();
  });

  const head = (method: string, url: string, headers: string) =>
    `${method} ${url} HTTP/1.1\r\nhost: localhost\r\ncookie: ${required(c.sessionCookie, "the session")}\r\n${headers}connection: close\r\n\r\n`;
  const savedDays = async () =>
    (await c.get("/api/checkins?from=2026-11-29&to=2026-11-29")).json().checkins;
  const json = "content-type: application/json\r\n";

  describe("a transfer coding other than chunked", () => {
    // Node undoes the chunking and hands on the bytes as they are: a gzip coding before it was
    // never undone, so the route read compressed bytes, or text that was said to be compressed.
    it.each([
      ["gzip-coded bytes", gzipSync('{"mood":4}')],
      ["plain text said to be gzip-coded", Buffer.from('{"mood":4}')],
    ])("refuses %s with 415 unsupported-encoding, writing nothing", async (_what, bytes) => {
      for (const coding of ["gzip, chunked", "deflate, chunked", "br,chunked"]) {
        const answer = await sendRaw(
          port,
          head("PUT", DAY, `${json}transfer-encoding: ${coding}\r\n`),
          chunked(bytes),
        );
        expect(statusAndCode(answer), coding).toEqual([415, "unsupported-encoding"]);
        expect(answer).toContain("Transfer-Encoding");
      }
      expect(await savedDays()).toEqual([]);
    });

    it("refuses it on an import too, which then writes nothing", async () => {
      const file = Buffer.from(
        JSON.stringify(exportDocumentWith("2026-11-30T10:00:00.000Z", "sam")),
      );
      const answer = await sendRaw(
        port,
        head("POST", "/api/import?mode=add", `${json}transfer-encoding: gzip, chunked\r\n`),
        chunked(file),
      );
      expect(statusAndCode(answer)).toEqual([415, "unsupported-encoding"]);
      expect((await c.get("/api/me/counts")).json().counts.checkins).toBe(0);
    });

    it("still takes a body sent chunked alone, however the word is written", async () => {
      for (const coding of ["chunked", "Chunked"]) {
        const answer = await sendRaw(
          port,
          head("PUT", DAY, `${json}transfer-encoding: ${coding}\r\n`),
          chunked(Buffer.from('{"mood":4}')),
        );
        expect(statusAndCode(answer)[0], coding).toBe(200);
      }
      expect((await c.delete(DAY)).statusCode).toBe(204);
    });
  });

  describe("a Content-Type given twice", () => {
    // Node keeps the first and drops the second without a word; a proxy in front may have
    // believed the second. Whether the body is JSON, or UTF-8, cannot then be known.
    it.each([
      ["JSON, then another charset", "application/json", "application/json; charset=iso-8859-1"],
      ["JSON, then plain text", "application/json", "text/plain"],
      ["plain text, then JSON", "text/plain", "application/json"],
      ["JSON twice alike", "application/json", "application/json"],
    ])("is refused with 400 naming it (%s), writing nothing", async (_how, first, second) => {
      const bytes = Buffer.from('{"mood":4}');
      const answer = await sendRaw(
        port,
        head(
          "PUT",
          DAY,
          `content-type: ${first}\r\ncontent-type: ${second}\r\ncontent-length: ${bytes.length}\r\n`,
        ),
        bytes,
      );
      expect(statusAndCode(answer)).toEqual([400, "bad-request"]);
      expect(answer).toContain('"fields":{"content-type":"is given more than once"}');
      expect(await savedDays()).toEqual([]);
    });

    it("is no matter on a request that changes nothing, which reads no body", async () => {
      const answer = await sendRaw(
        port,
        head("GET", "/api/me", "content-type: text/plain\r\ncontent-type: application/json\r\n"),
        Buffer.alloc(0),
      );
      expect(statusAndCode(answer)[0]).toBe(200);
    });
  });
});
