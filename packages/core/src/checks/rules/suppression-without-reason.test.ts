import { image, stage } from '../../index.js';
import { suppressionWithoutReason } from './suppression-without-reason.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(suppressionWithoutReason, {
  fires: [
    image('api', { stages: [stage('app', { from: 'alpine:latest', ignore: { DSL3007: '' } })] }),
    image('api', { ignore: { LatestTag: '  ' }, stages: [stage('app', { from: 'alpine:3.20' })] }),
  ],
  passes: [
    image('api', { stages: [stage('app', { from: 'alpine:latest', ignore: { DSL3007: 'mirror pins it by digest' } })] }),
  ],
});
