import { describe, expect, it } from 'vitest';
import type { SourceLocation } from '@dockerdsl/core';
import { flagSourcesOf, parseDockerfile, sourceOf } from '@dockerdsl/core/tooling';
import { dockerfiles } from './corpus-files.js';

// Everything the parser gives back for each file — the model as JSON, every source range
// (stages, instructions, mounts, ONBUILD triggers), every flag range and every diagnostic — in
// one dump, so that a faster parser that changes anything at all fails here.

/** Short texts with the shapes that are easy to get wrong: joins, heredocs, flags, errors. */
const tricky: Array<[string, string]> = [
  ['continuations', 'FROM a AS base\nRUN apt-get update \\\n    # a comment inside\n\n    && apt-get install -y \\\n\tcurl   \\\n  "quoted   \\\n  still"\nCMD ["x"]\n'],
  ['flags on continued lines', 'FROM --platform=$BUILDPLATFORM a AS b\nCOPY --from=b \\\n  --chown=1:1 \\\n     --chmod=755 /a /b\nRUN --mount=type=cache,target=/root/.npm \\\n    --mount=type=secret,id=tok,target=/t \\\n    --network=none npm ci\nADD --checksum=sha256:00 --keep-git-dir=true http://x/y.tgz /z\nHEALTHCHECK --interval=5s --retries=3 CMD curl -f http://localhost/\n'],
  ['heredocs', 'FROM a\nRUN <<EOF bash\nset -e\necho hi\nEOF\nCOPY <<-"A" <<B /dir/\n\tone\n\tA\ntwo\nB\nONBUILD RUN <<X\nmake\nX\nRUN cat <<EOF\nnever closed\n'],
  ['escape directive and CRLF', '# escape=`\r\n# syntax=docker/dockerfile:1\r\nFROM mcr/windows AS w\r\nRUN Write-Host a; `\r\n    Write-Host b\r\nWORKDIR C:\\app\r\n'],
  ['global args and comments', '# top comment\n\nARG A=1 B C="x y"\n# about base\nFROM alpine:${A}\n# about run\nRUN x\n\n# loose\n# block\n\nLABEL a=b "c d"=e\nENV K V with spaces\n# trailing\n'],
  ['errors', 'RUN before from\nFROM\nFROM a b\nFROM a AS 1bad\nRUNN x\nCOPY --nope=1 a b\nCOPY --from a b\nCOPY --link=maybe a b\nRUN --network=moon x\nRUN --mount=type=disk,foo=1 x\nENV\nENV A\nLABEL =x\nARG =1\nHEALTHCHECK NONE --x\nHEALTHCHECK FOO\nHEALTHCHECK CMD\nHEALTHCHECK --retries=x CMD y\nSHELL sh -c\nONBUILD\nONBUILD FROM x\nCMD []\nEXPOSE\nVOLUME ""\nUSER\nCOPY a\nCOPY a <<EOF\nx\nEOF\nRUN echo ${A\nENV B=${C!}\nCOPY "a b\nRUN a \\\n\n b\n'],
  ['no stage', '# only a comment\nARG X\n'],
  ['empty', ''],
  ['bom and blanks', '\ufeff  FROM a  \n\t\n  RUN   x   \n'],
];

function range(s: SourceLocation | undefined): string {
  if (!s) return '-';
  return `${s.file}:${s.line}:${s.column}-${s.endLine ?? '?'}:${s.endColumn ?? '?'}`;
}

function flags(target: object): string {
  const entries = Object.entries(flagSourcesOf(target));
  return entries.length === 0 ? '' : ` flags ${entries.map(([name, at]) => `${name}@${at.map(range).join('+')}`).join(' ')}`;
}

function dump(name: string, text: string): string {
  const { image, diagnostics } = parseDockerfile(text, { file: name });
  const out = [`== ${name}`];
  for (const d of diagnostics) out.push(`  ${d.code} ${d.severity} ${range(d.source)} [${d.path.join('.')}] ${d.message}${d.hint ? ` (${d.hint})` : ''}`);
  if (!image) return out.join('\n');
  const { stages, args, ...rest } = image;
  out.push(`  image ${JSON.stringify(rest)}`);
  for (const arg of args ?? []) out.push(`  arg ${range(sourceOf(arg))} ${JSON.stringify(arg)}`);
  for (const stage of stages) {
    const { steps, ...head } = stage;
    out.push(`  stage ${range(sourceOf(stage))}${flags(stage)} ${JSON.stringify(head)}`);
    for (const step of steps) {
      out.push(`    ${step.kind} ${range(sourceOf(step))}${flags(step)} ${JSON.stringify(step)}`);
      if (step.kind === 'onbuild') out.push(`      trigger ${range(sourceOf(step.instruction))}${flags(step.instruction)}`);
      if (step.kind === 'run') for (const m of step.mounts ?? []) out.push(`      mount ${range(sourceOf(m))}`);
    }
  }
  return out.join('\n');
}

describe('parser output dump', () => {
  it('is unchanged for the corpus, the seed examples and the tricky texts', async () => {
    const files: Array<[string, string]> = [...dockerfiles().map(([name, , text]): [string, string] => [name, text]), ...tricky];
    await expect(`${files.map(([name, text]) => dump(name, text)).join('\n')}\n`).toMatchFileSnapshot('./__golden__/parse-dump.txt');
  });
});
