import path from "node:path";
import { z } from "zod";

/** The most proxies Reconnect will believe in a chain; more is a mistake worth stopping for. */
const MAX_PROXY_HOPS = 10;

const envSchema = z.object({
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce
    .number({ message: "must be a port number" })
    .int({ message: "must be a whole number" })
    .min(0, { message: "must be from 0 to 65535" })
    .max(65535, { message: "must be from 0 to 65535" })
    .default(3000),
  DATA_DIR: z.string().min(1).default("./data"),
  // How many reverse proxies stand in front, each adding one X-Forwarded-* entry. `true` keeps
  // its earlier meaning, one proxy; only that many entries from the right are believed, so a
  // client cannot invent addresses to the left of them.
  TRUST_PROXY: z
    .string()
    .default("")
    .refine((value) => /^(|false|true|\d{1,2})$/.test(value), {
      message: `must be false, true (one proxy) or the number of proxies, 0 to ${MAX_PROXY_HOPS}`,
    })
    .transform((value) =>
      value === "true" ? 1 : value === "" || value === "false" ? 0 : Number(value),
    )
    .refine((hops) => hops <= MAX_PROXY_HOPS, {
      message: `must be false, true (one proxy) or the number of proxies, 0 to ${MAX_PROXY_HOPS}`,
    }),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, message: "must be an http:// or https:// address" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: "must start with postgres:// or postgresql://" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  /** How many reverse proxies to believe (0: none). */
  trustProxy: number;
  /** The address people open, when it is not this machine's own (a name, a proxy). */
  publicUrl?: string | undefined;
}

/** Reads the environment once, failing with a message that names the wrong variable. */
export function configFromEnv(env: Record<string, string | undefined>): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`);
    throw new Error(`Configuration problem: ${problems.join("; ")}`);
  }
  const { HOST, PORT, DATA_DIR, DATABASE_URL, TRUST_PROXY, PUBLIC_URL } = result.data;
  return {
    host: HOST,
    port: PORT,
    dataDir: path.resolve(DATA_DIR),
    databaseUrl: DATABASE_URL,
    trustProxy: TRUST_PROXY,
    publicUrl: PUBLIC_URL,
  };
}
