import { npmPinVersion } from './npm-pin-version.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(npmPinVersion, {
  fires: [
    "FROM node:22\nRUN npm install -g typescript",
    "FROM node:22\nRUN yarn global add serve",
    "FROM node:22\nRUN pnpm add @scope/pkg",
  ],
  passes: [
    "FROM node:22\nRUN npm install -g typescript@5.6.3",
    "FROM node:22\nRUN npm ci",
    "FROM node:22\nRUN npm install",
    "FROM node:22\nRUN pnpm add @scope/pkg@1.2.3",
  ],
});
