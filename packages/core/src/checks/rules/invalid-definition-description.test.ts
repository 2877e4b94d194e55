import { invalidDefinitionDescription } from './invalid-definition-description.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(invalidDefinitionDescription, {
  fires: [
    "# Build the binary\nFROM golang:1.22 AS build",
    "FROM alpine:3.20\n# the version\nARG VERSION=1",
  ],
  passes: [
    "# build compiles the binary\nFROM golang:1.22 AS build",
    "FROM alpine:3.20\nARG VERSION=1",
  ],
});
