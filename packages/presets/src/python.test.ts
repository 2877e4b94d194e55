import { describe, expect, it } from 'vitest';
import { DslError, toDockerfile } from '@dockerdsl/core';
import { pythonApp } from './python.js';

const text = (options: Parameters<typeof pythonApp>[0]) => toDockerfile(pythonApp(options).image());

describe('pythonApp', () => {
  it('builds wheels from the requirements before the sources, with a pip cache', () => {
    const out = text({ name: 'worker' });
    expect(out.indexOf('COPY requirements.txt ./')).toBeLessThan(out.indexOf('COPY . .'));
    expect(out).toContain('RUN --mount=type=cache,target=/root/.cache/pip python3 -m pip wheel --wheel-dir /wheels -r requirements.txt');
    expect(out).toContain('python3 -m pip install --no-index --find-links /wheels --target /opt/app /wheels/*.whl');
  });

  it('ships only the installed packages: no pip, no wheels in the runtime stage', () => {
    const runtime = text({ name: 'worker' }).split('AS runtime')[1]!;
    expect(runtime).not.toContain('pip');
    expect(runtime).toContain('COPY --from=build /opt/app /opt/app');
    expect(runtime).toContain('PYTHONPATH=/opt/app');
    expect(runtime).toMatch(/ENTRYPOINT \["python3", "-m", "worker"\]\n$/);
  });

  it('derives the module from the name and honours the other parameters', () => {
    const out = text({ name: 'report-builder', requirements: 'deps/requirements.lock', buildIsolation: false, runtimeImage: 'distroless/python3-debian12:nonroot', python: 'python3.11' });
    expect(out).toContain('COPY deps/requirements.lock ./');
    expect(out).toContain('-r requirements.lock');
    expect(out).toContain('--no-build-isolation');
    expect(out).toContain('FROM distroless/python3-debian12:nonroot AS runtime');
    expect(out).toContain('ENTRYPOINT ["python3.11", "-m", "report_builder"]');
  });

  it('installs only the requirements when the project is not a package', () => {
    const out = text({ name: 'worker', project: false });
    expect(out).not.toContain('COPY . .');
    expect(out).toContain('RUN python3 -m pip install --no-index');
  });

  it('refuses a build with nothing to install', () => {
    expect(() => pythonApp({ name: 'worker', requirements: false, project: false })).toThrow(DslError);
  });
});
