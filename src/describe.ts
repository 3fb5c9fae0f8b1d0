/** How an option's bad value is named in an OptionsError: null, an array, a Map, an object, a number … */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') {
    const ctor = Object.getPrototypeOf(value)?.constructor?.name as string | undefined;
    return ctor && ctor !== 'Object' ? `a ${ctor}` : 'an object';
  }
  return typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
}
