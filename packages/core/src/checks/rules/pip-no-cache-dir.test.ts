import { pipNoCacheDir } from './pip-no-cache-dir.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(pipNoCacheDir, {
  fires: [
    "FROM python:3.12\nRUN pip install flask==3.0.3",
    "FROM python:3.12\nRUN python -m pip install -r requirements.txt",
  ],
  passes: [
    "FROM python:3.12\nRUN pip install --no-cache-dir flask==3.0.3",
    "FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.0.3",
    "FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3",
  ],
});
