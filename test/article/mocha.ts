/**
 * Typed handles on the Mocha globals the test runner provides (the project does not ship Mocha's
 * type declarations). Importing them keeps these test files type-checked without a global .d.ts.
 */
type Body = (this: unknown) => void | Promise<void>;

interface MochaGlobals {
  describe: (title: string, body: () => void) => void;
  it: (title: string, body: Body) => void;
  before: (body: Body) => void;
}

const globals = globalThis as unknown as MochaGlobals;

export const describe: MochaGlobals['describe'] = (title, body) => globals.describe(title, body);
export const it: MochaGlobals['it'] = (title, body) => globals.it(title, body);
export const before: MochaGlobals['before'] = (body) => globals.before(body);
