import { pipExtraIndexUrl } from './pip-extra-index-url.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(pipExtraIndexUrl, {
  fires: [
    "FROM python:3.12\nRUN pip install --no-cache-dir --extra-index-url https://p.example/simple x==1",
  ],
  passes: [
    "FROM python:3.12\nRUN pip install --no-cache-dir --index-url https://p.example/simple x==1",
  ],
});
