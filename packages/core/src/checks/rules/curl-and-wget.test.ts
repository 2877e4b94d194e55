import { curlAndWget } from './curl-and-wget.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(curlAndWget, {
  fires: [
    "FROM debian:12\nRUN curl -O https://x.example/a\nRUN wget -q https://x.example/b",
  ],
  passes: [
    "FROM debian:12\nRUN curl -O https://x.example/a\nFROM debian:12\nRUN wget -q https://x.example/b",
    "FROM debian:12\nRUN curl -O https://x.example/a && curl -O https://x.example/b",
  ],
});
