import { pipefailMissing } from './pipefail-missing.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(pipefailMissing, {
  fires: [
    "FROM debian:12\nRUN curl -fsS https://x.example/a.tgz | tar -xz",
    "FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN a | b",
  ],
  passes: [
    "FROM debian:12\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN a | b",
    "FROM debian:12\nRUN set -eo pipefail; a | b",
    "FROM debian:12\nRUN a || b",
    "FROM mcr.example/windows:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nRUN Get-Item x | Out-Null",
  ],
});
