import { describe, expect, it } from 'vitest';
import { checkDockerfile } from './check-dockerfile.js';

const findings = (text: string, code: string): Array<[string, number | undefined, string]> =>
  checkDockerfile(text, { file: 'Dockerfile' }).diagnostics.filter((d) => d.code === code).map((d) => [d.severity, d.source?.line, d.message]);

// Multi-target files (dev/test/prod, bake and Compose `target`) are the norm: a mistake in a stage
// the last stage does not need is reported too, as a warning that says why it is not an error.
describe('every stage is checked', () => {
  it('reports a misspelt COPY --from in a stage the default target does not build, as a warning', () => {
    const text = 'FROM alpine:3.20 AS build\nFROM alpine:3.20 AS test\nCOPY --from=biuld /out /out\nFROM alpine:3.20 AS prod\nCOPY --from=build /out /out\n';
    expect(findings(text, 'DSL2007')).toEqual([['warning', 3, "COPY --from refers to stage 'biuld', which does not exist (did you mean 'build'?) (in stage 'test', which the default target does not build: a warning until you build it)"]]);
  });

  it('reports a forward COPY --from in an unbuilt stage as a warning, and as an error once the stage is built', () => {
    const unbuilt = 'FROM alpine:3.20 AS app\nCOPY --from=assets /out /srv\nFROM alpine:3.20 AS assets\nRUN mkdir /out\n';
    expect(findings(unbuilt, 'DSL2008').map(([severity, line]) => [severity, line])).toEqual([['warning', 2]]);
    expect(findings(`${unbuilt}FROM app\n`, 'DSL2008').map(([severity, line]) => [severity, line])).toEqual([['error', 2]]);
  });

  it('reports a variable in --from of an unbuilt stage as a warning', () => {
    const text = 'ARG SRC=x\nFROM alpine:3.20 AS dev\nCOPY --from=$SRC /a /a\nFROM alpine:3.20\n';
    expect(findings(text, 'DSL2017').map(([severity, line]) => [severity, line])).toEqual([['warning', 3]]);
  });
});

describe('undefined variables', () => {
  it("suggest a declared ARG or ENV one edit away, as BuildKit's UndefinedVar does", () => {
    expect(findings('FROM node:20\nARG NODE_ENV=production\nENV MODE=${NODE_EVN}\n', 'DSL2009')).toEqual([['warning', 3, 'ENV uses $NODE_EVN, which is not defined (did you mean $NODE_ENV?)']]);
    expect(findings('FROM node:20\nENV NODE_ENV=production\nWORKDIR /srv/$NODE_EN\n', 'DSL2009')).toEqual([['warning', 3, 'WORKDIR uses $NODE_EN, which is not defined (did you mean $NODE_ENV?)']]);
  });
});
