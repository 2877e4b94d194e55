import { wgetProgress } from './wget-progress.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(wgetProgress, {
  fires: [
    "FROM debian:12\nRUN wget https://x.example/big",
  ],
  passes: [
    "FROM debian:12\nRUN wget -q https://x.example/big",
    "FROM debian:12\nRUN wget --progress=dot:giga https://x.example/big",
    "FROM debian:12\nRUN wget -nv https://x.example/big",
  ],
});
