import { multiSourceDestination } from './multi-source-destination.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(multiSourceDestination, {
  fires: [
    "FROM node:22\nCOPY package.json package-lock.json /app",
    "FROM node:22\nADD a.tgz b.tgz /opt",
  ],
  passes: [
    "FROM node:22\nCOPY package.json package-lock.json /app/",
    "FROM node:22\nWORKDIR /app\nCOPY a b .",
    "FROM node:22\nCOPY package.json /app",
  ],
});
