import type { BaseImageInput } from '@dockerdsl/presets';

/**
 * The base images Acme builds on, in one place so a bump is one reviewed change.
 *
 * @example
 * const { goBuild, goRuntime } = acmeBases();
 */
export interface AcmeBases {
  /** The plain Debian base for images assembled from archive packages. */
  debian: string;
  goBuild: BaseImageInput;
  goRuntime: BaseImageInput;
  nodeBuild: BaseImageInput;
  nodeRuntime: BaseImageInput;
  pythonBuild: BaseImageInput;
  pythonRuntime: BaseImageInput;
  /** Whether pip may download the build backend (false when building from a bare Debian base). */
  pythonBuildIsolation: boolean;
}

/**
 * Acme's bases. By default the official language images (tags pinned to a minor version). With
 * `ACME_DEBIAN_BASE` set (a machine that can only reach a Debian archive mirror, or the
 * hardened-base programme), everything starts from that one Debian image and the toolchains
 * come from the archive.
 *
 * @example
 * process.env.ACME_DEBIAN_BASE = 'debian:bookworm-slim';
 * acmeBases().nodeRuntime; // { image: 'debian:bookworm-slim', aptPackages: ['nodejs'] }
 */
export function acmeBases(env: Record<string, string | undefined> = process.env): AcmeBases {
  const debian = env.ACME_DEBIAN_BASE;
  if (debian) {
    return {
      debian,
      goBuild: { image: debian, aptPackages: ['ca-certificates', 'golang-go'] },
      goRuntime: 'scratch',
      nodeBuild: { image: debian, aptPackages: ['nodejs', 'npm'] },
      nodeRuntime: { image: debian, aptPackages: ['nodejs'] },
      pythonBuild: { image: debian, aptPackages: ['python3', 'python3-pip', 'python3-setuptools', 'python3-wheel'] },
      pythonRuntime: { image: debian, aptPackages: ['python3'] },
      pythonBuildIsolation: false,
    };
  }
  return {
    debian: 'debian:bookworm-slim',
    goBuild: 'golang:1.23-bookworm',
    goRuntime: 'scratch',
    nodeBuild: 'node:22-bookworm',
    nodeRuntime: 'node:22-bookworm-slim',
    pythonBuild: 'python:3.12-slim-bookworm',
    pythonRuntime: 'python:3.12-slim-bookworm',
    pythonBuildIsolation: true,
  };
}
