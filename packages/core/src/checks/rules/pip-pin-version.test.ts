import { pipPinVersion } from './pip-pin-version.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(pipPinVersion, {
  fires: [
    "FROM python:3.12\nRUN pip install --no-cache-dir flask requests==2.32.3",
    "FROM python:3.12\nRUN pip3 install -U pip",
  ],
  passes: [
    "FROM python:3.12\nRUN pip install --no-cache-dir flask==3.0.3",
    "FROM python:3.12\nRUN pip install --no-cache-dir -r requirements.txt",
    "FROM python:3.12\nRUN pip install --no-cache-dir .",
    "FROM python:3.12\nRUN pip install --no-cache-dir \"flask>=3,<4\"",
  ],
  message: /flask/,
});
