import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { OWNER } from "../support/api-client.js";
import { spawnServer } from "../support/spawn-server.js";

const run = promisify(execFile);
const ROOT = new URL("../../", import.meta.url).pathname;

function reconnect(args: string[], env: Record<string, string>) {
  return run(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
  });
}

async function signIn(url: string, password: string): Promise<Response> {
  return fetch(`${url}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: OWNER.username, password }),
  });
}

describe("reconnect reset-password", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "reconnect-reset-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints a new password to the terminal and ends every session of that person", async () => {
    const dataDir = path.join(dir, "data");
    const server = await spawnServer({ DATA_DIR: dataDir });
    try {
      const setup = await fetch(`${server.url}/api/setup`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(OWNER),
      });
      const cookie = (setup.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const me = () => fetch(`${server.url}/api/me`, { headers: { cookie } });
      expect((await me()).status).toBe(200);

      const { stdout } = await reconnect(["reset-password", "SAM"], { DATA_DIR: dataDir });
      const password = /^ {2}(\S+)$/m.exec(stdout)?.[1] ?? "";
      expect(password).toMatch(/^[a-z0-9]{5}(-[a-z0-9]{5}){3}$/);

      expect((await me()).status).toBe(401);
      expect((await signIn(server.url, OWNER.password)).status).toBe(401);
      expect((await signIn(server.url, password)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it("ends the reset links an admin made for that person, so none sets a password after it", async () => {
    const dataDir = path.join(dir, "links");
    const server = await spawnServer({ DATA_DIR: dataDir });
    try {
      const post = (url: string, body: unknown, cookie = "") =>
        fetch(`${server.url}${url}`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie },
          body: JSON.stringify(body),
        });
      const setup = await post("/api/setup", OWNER);
      const cookie = (setup.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const invited = (await (
        await post("/api/invitations", { role: "member" }, cookie)
      ).json()) as {
        url: string;
      };
      const joined = await post(`/api/invitations/${invited.url.replace(/^\/join\//, "")}/accept`, {
        username: "robin",
        password: "robin's own password",
      });
      const robin = (await joined.json()) as { id: string };
      const reset = await post(`/api/accounts/${robin.id}/password-reset`, {}, cookie);
      expect(reset.status).toBe(201);
      const token = ((await reset.json()) as { url: string }).url.replace(/^\/join\//, "");
      expect((await fetch(`${server.url}/api/invitations/${token}`)).status).toBe(200);

      await reconnect(["reset-password", "robin"], { DATA_DIR: dataDir });

      expect((await fetch(`${server.url}/api/invitations/${token}`)).status).toBe(410);
      const late = await post(`/api/invitations/${token}/accept`, {
        password: "whoever kept the link",
      });
      expect(late.status).toBe(410);
    } finally {
      await server.stop();
    }
  });

  it("names what is missing: no database, no account, or no name given", async () => {
    // A mistyped folder: said as it is, and no empty database made there to be found later.
    const dataDir = path.join(dir, "empty");
    await expect(
      reconnect(["reset-password", "nobody"], { DATA_DIR: dataDir }),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`There is no database at ${dataDir}`),
    });
    expect(existsSync(dataDir)).toBe(false);
    await reconnect(["migrate"], { DATA_DIR: dataDir });
    await expect(
      reconnect(["reset-password", "nobody"], { DATA_DIR: dataDir }),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('no account named "nobody"'),
    });
    await expect(reconnect(["reset-password"], { DATA_DIR: dataDir })).rejects.toMatchObject({
      code: 2,
    });
  });
});
