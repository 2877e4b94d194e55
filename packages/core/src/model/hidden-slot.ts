/**
 * A value kept on an object without a visible property: no key in `Object.keys`,
 * `Reflect.ownKeys`, JSON, spreads or `toEqual`.
 *
 * @example
 * const slot = hiddenSlot<string>('example.note');
 * const obj = slot.set({ a: 1 }, 'hello'); // obj still equals { a: 1 }
 * slot.get(obj); // 'hello'
 */
export interface HiddenSlot<T> {
  /** The value stored on `target`, or `undefined`. */
  get(target: object): T | undefined;
  /** Stores `value` on `target` (replacing any earlier one); returns `target`. */
  set<O extends object>(target: O, value: T): O;
}

/**
 * The slot named `key`, one per process: the first copy of core loaded makes it and every
 * other copy uses the same, so values one copy stores the others read.
 *
 * The value lives in a private class field added to the object through a base constructor that
 * returns the object ("return override"). V8 adds such a field with a plain map transition, a
 * few nanoseconds, where `Object.defineProperty` of a hidden symbol takes a runtime call of
 * ~150–200 ns and a WeakMap entry more still; the parser stores a location on every instruction.
 *
 * @example
 * const locations = hiddenSlot<SourceLocation>('dockerdsl.sourceSlot');
 */
export function hiddenSlot<T>(key: string): HiddenSlot<T> {
  const shared = globalThis as { [name: symbol]: HiddenSlot<T> | undefined };
  return (shared[Symbol.for(key)] ??= makeSlot<T>());
}

function makeSlot<T>(): HiddenSlot<T> {
  class Target {
    constructor(target: object) {
      return target;
    }
  }
  class Slot extends Target {
    #value: T | undefined;
    constructor(target: object, value: T) {
      super(target);
      this.#value = value;
    }

    static get(target: object): T | undefined {
      return #value in target ? (target as Slot).#value : undefined;
    }

    static set<O extends object>(target: O, value: T): O {
      if (#value in target) (target as unknown as Slot).#value = value;
      else new Slot(target, value);
      return target;
    }
  }
  return { get: Slot.get, set: Slot.set };
}
