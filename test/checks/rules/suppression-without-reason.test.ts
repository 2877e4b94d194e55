import { image, stage } from '../../../packages/core/src/index.js';
import { suppressionWithoutReason } from '../../../packages/core/src/checks/rules/suppression-without-reason.js';
import { ruleCases } from '../rule-cases.js';

ruleCases(suppressionWithoutReason, {
  fires: [
    image('api', { stages: [stage('app', { from: 'alpine:latest', ignore: { DSL3007: '' } })] }),
    image('api', { ignore: { LatestTag: '  ' }, stages: [stage('app', { from: 'alpine:3.20' })] }),
  ],
  passes: [
    image('api', { stages: [stage('app', { from: 'alpine:latest', ignore: { DSL3007: 'mirror pins it by digest' } })] }),
  ],
});
