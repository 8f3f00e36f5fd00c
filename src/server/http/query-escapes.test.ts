import { describe, expect, it } from "vitest";
import { engines } from "../../../test/support/stores.js";
import { useServer } from "../../../test/support/test-app.js";
import { queryReads } from "./query-escapes.js";

describe("queryReads", () => {
  it.each(["q=a+b", "q=%F0%9F%98%80", "from=2026-01-01&to=2026-02-01", "q=", "q", "q=%25"])(
    "reads %s",
    (search) => expect(queryReads(search)).toBe(true),
  );
  it.each(["q=%ff", "q=%ed%a0%80", "q=%C0%80", "q=%E2%82", "%ff=1", "q=100%", "q=%zz"])(
    "does not read %s",
    (search) => expect(queryReads(search)).toBe(false),
  );
});

describe.each(engines)("a query that is not UTF-8, on %s", (engine) => {
  const server = useServer(engine);

  it.each([
    "/api/thoughts?q=%ff",
    "/api/thoughts?q=%ed%a0%80",
    "/api/checkins?from=%E2%82",
    "/api/checkins?%ff=1",
    "/api/thoughts?q=100%",
  ])("answers %s with 400 bad-address, as the same escape in the path is", async (url) => {
    const response = await server.owner.get(url);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: {
        code: "bad-address",
        message: "That address could not be read: it holds a %-escape that is not UTF-8 text.",
      },
    });
    expect(response.body).not.toContain("%ff");
  });

  it("writes nothing when a change's query is unreadable", async () => {
    const response = await server.owner.request("POST", "/api/import?mode=%ff", {});
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("bad-address");
  });

  it("still reads a search for a character written as UTF-8 escapes", async () => {
    const saved = await server.owner.post("/api/thoughts", { thought: "Nobody wants me 😀 here" });
    expect(saved.statusCode).toBe(201);
    const found = await server.owner.get("/api/thoughts?q=%F0%9F%98%80");
    expect(found.statusCode).toBe(200);
    expect(found.json().thoughts).toHaveLength(1);
  });

  it("leaves a page opened from a mangled link alone: the crisis page still shows", async () => {
    const response = await server.app.app.inject({ method: "GET", url: "/crisis?region=%ff" });
    expect(response.statusCode).toBe(200);
  });
});
