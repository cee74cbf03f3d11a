/** Teleport version checks. */

interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: string;
}

export function parseVersion(version: string): SemVer | null {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(version.trim());
  if (!m) return null;
  return {major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), prerelease: m[4] ?? ''};
}

/** -1, 0 or 1; a pre-release sorts before its release (18.11.0-rc.1 < 18.11.0), as in semver. */
export function compareVersions(a: SemVer, b: SemVer): number {
  for (const k of ['major', 'minor', 'patch'] as const) {
    if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  }
  if (a.prerelease === b.prerelease) return 0;
  if (a.prerelease === '') return 1;
  if (b.prerelease === '') return -1;
  return a.prerelease < b.prerelease ? -1 : 1;
}

const ON_BEHALF_SINCE: SemVer = {major: 18, minor: 11, patch: 0, prerelease: ''};

/**
 * Reviews submitted for another author ship in 18.11.0; later majors are assumed to keep them
 * (unverified; an older server refuses such a review rather than misrecording it).
 */
export function supportsOnBehalfReviews(serverVersion: string): boolean {
  const v = parseVersion(serverVersion);
  return v !== null && compareVersions(v, ON_BEHALF_SINCE) >= 0;
}
