import { image, stage } from '../../../packages/core/src/index.js';
import { copyIgnoredFile } from '../../../packages/core/src/checks/rules/copy-ignored-file.js';
import { ruleCases } from '../rule-cases.js';

ruleCases(copyIgnoredFile, {
  fires: [
    image('api', { dockerignore: ['dist'], stages: [stage('app', { from: 'node:22' }).copy('dist/server.js', '/app/')] }),
    image('api', { dockerignore: ['**/*.log'], stages: [stage('app', { from: 'node:22' }).copy('logs/today.log', '/app/')] }),
  ],
  passes: [
    image('api', { dockerignore: ['node_modules'], stages: [stage('app', { from: 'node:22' }).copy('dist/server.js', '/app/')] }),
    image('api', { dockerignore: ['dist', '!dist/server.js'], stages: [stage('app', { from: 'node:22' }).copy('dist/server.js', '/app/')] }),
  ],
});
