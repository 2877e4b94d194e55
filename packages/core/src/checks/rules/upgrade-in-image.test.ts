import { describe, expect, test } from 'vitest';
import { checkDockerfile } from '../../tooling.js';
import { upgradeInImage } from './upgrade-in-image.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(upgradeInImage, {
  fires: [
    "FROM debian:12\nRUN apt-get update && apt-get -y upgrade",
    "FROM alpine:3.20\nRUN apk upgrade",
    "FROM fedora:40\nRUN dnf -y update",
  ],
  passes: [
    "FROM fedora:40\nRUN dnf -y update openssl",
    "FROM alpine:3.20\nRUN apk add --no-cache curl",
  ],
});

describe('command names that are also Object.prototype keys', () => {
  test('a RUN calling `constructor` or `toString` is checked, not crashed on', () => {
    const text = 'FROM debian:12\nRUN constructor upgrade && toString update && apt-get upgrade';
    expect(() => checkDockerfile(text, { rules: [upgradeInImage] })).not.toThrow();
    const found = checkDockerfile(text, { rules: [upgradeInImage] }).diagnostics;
    expect(found.map((d) => [d.code, d.severity, /failed/.test(d.message)])).toEqual([[upgradeInImage.code, upgradeInImage.severity, false]]);
  });
});
