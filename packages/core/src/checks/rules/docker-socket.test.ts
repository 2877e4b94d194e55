import { dockerSocket } from './docker-socket.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(dockerSocket, {
  fires: [
    "FROM docker:27-cli\nVOLUME /var/run/docker.sock",
    "FROM docker:27-cli\nRUN --mount=type=bind,source=/var/run/docker.sock,target=/var/run/docker.sock docker ps",
  ],
  passes: [
    "FROM docker:27-cli\nVOLUME /data",
  ],
});
