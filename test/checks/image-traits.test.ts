import { describe, expect, it } from 'vitest';
import { imageTraits, traitMask } from '../../packages/core/src/checks/image-traits.js';
import { parseDockerfile } from '../../packages/core/src/index.js';

const traitsOf = (text: string): number => imageTraits(parseDockerfile(text).image!);

describe('imageTraits', () => {
  it('finds named stages, several stages, platform flags and variables in FROM', () => {
    expect(traitsOf('FROM alpine:3.20\nRUN make\n')).toBe(0);
    expect(traitsOf('FROM alpine:3.20 AS base\n')).toBe(traitMask(['namedStage']));
    expect(traitsOf('FROM alpine:3.20\nFROM debian:12\n')).toBe(traitMask(['multiStage']));
    expect(traitsOf('FROM --platform=linux/amd64 alpine:3.20\n')).toBe(traitMask(['platformFlag']));
    expect(traitsOf('FROM --platform=$BUILDPLATFORM alpine:3.20\n')).toBe(traitMask(['platformFlag', 'fromVariable']));
    expect(traitsOf('ARG TAG=3.20\nFROM alpine:${TAG}\n')).toBe(traitMask(['fromVariable']));
    expect(traitsOf('FROM alpine:3.20\nRUN --network=none make\n')).toBe(traitMask(['runFlags']));
    expect(traitsOf('FROM alpine:3.20\nRUN --mount=type=cache,target=/c make\n')).toBe(traitMask(['runFlags']));
    expect(traitsOf('FROM alpine:3.20\nONBUILD RUN --network=none make\n')).toBe(0);
  });

  it('reads RUN flags from the RUN step facts when given them, as from the steps', () => {
    const image = parseDockerfile('FROM alpine:3.20\nRUN make\nFROM alpine:3.20\nRUN --mount=type=cache,target=/c make\n').image!;
    const runs = image.stages.flatMap((stage) => stage.steps.filter((step) => step.kind === 'run').map((step) => ({ step })));
    expect(imageTraits(image, runs)).toBe(imageTraits(image));
    expect(imageTraits(image, runs) & traitMask(['runFlags'])).not.toBe(0);
    expect(imageTraits(image, runs.slice(0, 1)) & traitMask(['runFlags'])).toBe(0);
  });

  it('finds suppressions on the image or a stage, and ignores unknown trait names', () => {
    const image = parseDockerfile('FROM alpine:3.20\n').image!;
    expect(imageTraits({ ...image, ignore: { DSL3010: 'on purpose' } })).toBe(traitMask(['suppressions']));
    expect(imageTraits({ ...image, stages: [{ ...image.stages[0]!, ignore: {} }] })).toBe(traitMask(['suppressions']));
    expect(traitMask(['constructor' as never])).toBe(0);
  });
});
