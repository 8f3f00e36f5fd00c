import { describe, expect, it } from "vitest";
import { configFromEnv } from "./config.js";

describe("configuration from the environment", () => {
  it("is private by default: 127.0.0.1, port 3000, ./data, SQLite, no proxy", () => {
    const config = configFromEnv({});
    expect(config).toMatchObject({
      host: "127.0.0.1",
      port: 3000,
      databaseUrl: undefined,
      trustProxy: false,
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
    });
    expect(config).toEqual({
      host: "0.0.0.0",
      port: 8080,
      dataDir: "/srv/reconnect",
      databaseUrl: "postgres://db/reconnect",
      trustProxy: true,
    });
  });

  it.each([
    [{ PORT: "99999" }, "PORT"],
    [{ PORT: "eighty" }, "PORT"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ TRUST_PROXY: "yes please" }, "TRUST_PROXY"],
  ])("names the wrong setting in %j", (env, name) => {
    expect(() => configFromEnv(env)).toThrow(name);
  });
});
