/**
 * A parameter type that names what is wrong: no value has the property `Message`, so where a
 * type-level check fails the compiler's error quotes the message (`Property 'stage 'biuld' is
 * not declared; declared: build' is missing …`) instead of an unreadable `never`.
 *
 * @example
 * type Bad = TypeMessage<"port 70000 is out of range: a port is 0–65535">;
 */
export type TypeMessage<Message extends string> = { readonly [K in Message]: never };

type LastOf<U> = (U extends unknown ? (x: () => U) => void : never) extends (x: infer I) => void ? (I extends () => infer L ? L : never) : never;

/**
 * The members of a union of names as one `a, b, c` string (for messages).
 *
 * @example
 * const names: JoinNames<'build' | 'runtime'> = 'build, runtime';
 */
export type JoinNames<U extends string, Done extends string = ''> = [U] extends [never]
  ? Done
  : LastOf<U> extends infer L extends string
    ? JoinNames<Exclude<U, L>, Done extends '' ? L : `${L}, ${Done}`>
    : Done;
