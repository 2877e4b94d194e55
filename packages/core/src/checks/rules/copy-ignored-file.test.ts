import { image, stage } from '../../index.js';
import { copyIgnoredFile } from './copy-ignored-file.js';
import { ruleCases } from './rule-cases.test-util.js';

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
