import { describe, expect, test } from 'vitest';
import { commandsMatching, commandsNamed, shellCommands } from '../../packages/core/src/checks/package-commands.js';
import { ImageFacts, parseDockerfile } from '../../packages/core/src/index.js';

const factsOf = (text: string): ImageFacts => new ImageFacts(parseDockerfile(text).image!, ['images', 'test']);

describe('commandsNamed', () => {
  test('gives the commands of the named programs in file order', () => {
    const facts = factsOf('FROM debian:12 AS a\nRUN apt update && apt-get install -y x\nFROM a\nRUN apt-get clean; sh -c "apt list"\n');
    const found = commandsNamed(facts, 'apt-get', 'apt').map((f) => `${f.run.stage.index}:${f.command.name} ${f.command.args[0]}`);
    expect(found).toEqual(['0:apt update', '0:apt-get install', '1:apt-get clean', '1:apt list']);
    expect(commandsNamed(facts, 'apk', 'yum')).toEqual([]);
  });

  test('commandsMatching picks programs by pattern; shellCommands lists every command', () => {
    const facts = factsOf('FROM python:3.12\nRUN pip install a && python3 -m pip install b && pip3 install c\n');
    expect(commandsMatching(facts, /^pip[0-9.]*$/).map((f) => f.command.name)).toEqual(['pip', 'pip3']);
    expect(shellCommands(facts).map((f) => f.index)).toEqual([0, 1, 2]);
  });
});
