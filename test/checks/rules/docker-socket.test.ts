import { dockerSocket } from '../../../packages/core/src/checks/rules/docker-socket.js';
import { ruleCases } from '../rule-cases.js';

ruleCases(dockerSocket, {
  fires: [
    "FROM docker:27-cli\nVOLUME /var/run/docker.sock",
    "FROM docker:27-cli\nRUN --mount=type=bind,source=/var/run/docker.sock,target=/var/run/docker.sock docker ps",
  ],
  passes: [
    "FROM docker:27-cli\nVOLUME /data",
  ],
});
