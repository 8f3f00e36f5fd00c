import path from "node:path";
import { z } from "zod";

const envSchema = z.object({
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce
    .number({ message: "must be a port number" })
    .int({ message: "must be a whole number" })
    .min(0, { message: "must be from 0 to 65535" })
    .max(65535, { message: "must be from 0 to 65535" })
    .default(3000),
  DATA_DIR: z.string().min(1).default("./data"),
  TRUST_PROXY: z
    .enum(["", "0", "1", "false", "true"], { message: "must be true or false" })
    .default("")
    .transform((value) => value === "1" || value === "true"),
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
  trustProxy: boolean;
}

/** Reads the environment once, failing with a message that names the wrong variable. */
export function configFromEnv(env: Record<string, string | undefined>): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`);
    throw new Error(`Configuration problem: ${problems.join("; ")}`);
  }
  const { HOST, PORT, DATA_DIR, DATABASE_URL, TRUST_PROXY } = result.data;
  return {
    host: HOST,
    port: PORT,
    dataDir: path.resolve(DATA_DIR),
    databaseUrl: DATABASE_URL,
    trustProxy: TRUST_PROXY,
  };
}
