/**
 * A schema built the first time anything reads it, not when its module loads, standing in for
 * it everywhere (parse, `.extend`, `.shape`, `instanceof`, JSON Schema). Building zod schemas
 * is most of the main-thread time the app's file takes to run on a slow phone (issue 13), and a
 * screen parses only a few of the schemas its modules define: the check-in screen checks who is
 * signed in and the days it shows, never the forms for a new account or a new password. With
 * each shared schema built on first use, those never cost the screen anything, and the ones it
 * parses are built when their answer arrives, after the page's frame has painted.
 *
 * The stand-in forwards every operation to the built schema, so the rules are the same object's
 * rules whoever asks, and a schema's methods run on the built schema itself (its `this`).
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const schema = (): T => {
    built ??= build();
    return built;
  };
  // What the stand-in's own object must carry: a property the built schema cannot lose (not
  // configurable) may only be reported by a proxy whose own object has it too.
  const holder: object = {};
  return new Proxy(holder, {
    get: (_, key) => Reflect.get(schema(), key),
    set: (_, key, value) => Reflect.set(schema(), key, value),
    has: (_, key) => Reflect.has(schema(), key),
    deleteProperty: (_, key) => Reflect.deleteProperty(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(schema(), key, descriptor),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key);
      if (
        descriptor &&
        !descriptor.configurable &&
        Reflect.getOwnPropertyDescriptor(holder, key) === undefined
      ) {
        Reflect.defineProperty(holder, key, descriptor);
      }
      return descriptor;
    },
  }) as T;
}
