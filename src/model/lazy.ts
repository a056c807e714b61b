/**
 * A value built on its first use that stands for it meanwhile: the exported zod schemas are
 * built only when a caller reads one (zod and the model cost more to load and build than the
 * rest of `import 'vanban'`). Every operation on the stand-in is forwarded to the built value,
 * so `Schema.parse(x)`, `z.array(Schema)`, `Schema instanceof z.ZodType` and
 * `z.toJSONSchema(Schema)` all behave as on the schema itself.
 */
export function lazyValue<T extends object>(build: () => T): T {
  let built: T | undefined;
  const real = (): T => (built ??= build());
  // methods read off the stand-in run on the built value; one bound copy each, so that
  // `Schema.parse === Schema.parse` holds as it does on the schema
  const bound = new Map<PropertyKey, { of: unknown; fn: unknown }>();
  return new Proxy({} as T, {
    get(_, key) {
      const target = real();
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      const known = bound.get(key);
      if (known?.of === value) return known.fn;
      const fn = (value as (...args: unknown[]) => unknown).bind(target);
      bound.set(key, { of: value, fn });
      return fn;
    },
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    // the stand-in has no properties of its own: it may not report one as non-configurable
    getOwnPropertyDescriptor(_, key) {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(real(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}
