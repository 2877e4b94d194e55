import { goInstallPinVersion } from './go-install-pin-version.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(goInstallPinVersion, {
  fires: [
    "FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@latest",
    "FROM golang:1.22\nRUN go install example.test/tool",
  ],
  passes: [
    "FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@v0.16.2",
    "FROM golang:1.22\nRUN go install ./cmd/app",
  ],
});
