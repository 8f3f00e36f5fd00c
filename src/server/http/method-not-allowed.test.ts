import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { registerMethodNotAllowed } from "./method-not-allowed.js";

/**
 * The 405 answers look their `Allow` up by the address's shape, read from the route's declared
 * address. A parameter that shares its segment with other text (`/:name.ics`, `/:from-:to`) is
 * an address of its own to the router but not to that shape, which gave `PUT /t/abc` a 404 though
 * `DELETE /t/abc` is answered: such a route is refused when it is added, before it can mislead.
 */
describe("405 answers", () => {
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  function build(add: (app: FastifyInstance) => void): FastifyInstance {
    app = Fastify();
    const finish = registerMethodNotAllowed(app);
    add(app);
    finish();
    return app;
  }

  it.each(["/t/:name.ics", "/t/:from-:to", "/t/x:id"])(
    "refuse a route whose parameter shares its segment, %s, when it is added",
    (url) => {
      expect(() =>
        build((a) => {
          a.delete("/t/:id", async () => "deleted");
          a.get(url, async () => "shared");
        }),
      ).toThrow(/whole segment/);
    },
  );

  it("name the methods of the address asked, whatever its parameter is called", async () => {
    const built = build((a) => {
      a.delete("/t/:id", async () => "deleted");
      a.get("/t/:token", async () => "read");
      a.get("/t/:token/more", async () => "more");
    });
    for (const path of ["/t/abc", "/t/a%2Fb", `/t/${"a".repeat(100)}`]) {
      const response = await built.inject({ method: "PUT", url: path });
      expect([response.statusCode, response.headers.allow], path).toEqual([
        405,
        "DELETE, GET, HEAD",
      ]);
    }
    const more = await built.inject({ method: "POST", url: "/t/abc/more" });
    expect([more.statusCode, more.headers.allow]).toEqual([405, "GET, HEAD"]);
    // Another address altogether: a trailing slash, other case, a slash escaped into the last part.
    for (const path of ["/t/abc/", "/T/abc", "/t%2Fabc"]) {
      expect((await built.inject({ method: "PUT", url: path })).statusCode, path).toBe(404);
    }
  });
});
