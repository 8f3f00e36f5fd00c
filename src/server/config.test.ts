import { describe, expect, it } from "vitest";
import { configFromEnv } from "./config.js";

describe("configuration from the environment", () => {
  it("is private by default: 127.0.0.1, port 3000, ./data, SQLite, no proxy", () => {
    const config = configFromEnv({});
    expect(config).toMatchObject({
      host: "127.0.0.1",
      port: 3000,
      databaseUrl: undefined,
      trustProxy: 0,
    });
    expect(config.dataDir.endsWith("/data")).toBe(true);
  });

  it("reads every setting", () => {
    const config = configFromEnv({
      HOST: "0.0.0.0",
      PORT: "8080",
      DATA_DIR: "/srv/reconnect",
      DATABASE_URL: "postgres://db/reconnect",
      TRUST_PROXY: "true",
      PUBLIC_URL: "https://reconnect.example",
    });
    expect(config).toEqual({
      host: "0.0.0.0",
      port: 8080,
      dataDir: "/srv/reconnect",
      databaseUrl: "postgres://db/reconnect",
      trustProxy: 1,
      publicUrl: "https://reconnect.example",
    });
  });

  it.each([
    ["", 0],
    ["false", 0],
    ["0", 0],
    ["true", 1],
    ["2", 2],
  ])("reads TRUST_PROXY=%j as %i believed proxies", (value, hops) => {
    expect(configFromEnv({ TRUST_PROXY: value }).trustProxy).toBe(hops);
  });

  it.each([
    [{ PORT: "99999" }, "PORT"],
    [{ PORT: "eighty" }, "PORT"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ TRUST_PROXY: "yes please" }, "TRUST_PROXY"],
    [{ TRUST_PROXY: "99" }, "TRUST_PROXY"],
    [{ TRUST_PROXY: "-1" }, "TRUST_PROXY"],
    [{ PUBLIC_URL: "reconnect.example" }, "PUBLIC_URL"],
    [{ PUBLIC_URL: "ftp://reconnect.example" }, "PUBLIC_URL"],
  ])("names the wrong setting in %j", (env, name) => {
    expect(() => configFromEnv(env)).toThrow(name);
  });
});
