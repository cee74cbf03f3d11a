/**
 * Teleport's role-name matchers (lib/utils/parse NewMatcher, TraitsToRoleMatchers), as used by
 * `review_requests.roles` and `claims_to_roles`:
 *   - `dbadmin`                 exactly that name
 *   - `db-*`                    glob: `*` is any run of characters, anchored at both ends
 *   - `^db-(admin|ro)$`         a regular expression, used as written
 *   - `{{regexp.match("x")}}`   / `{{regexp.not_match("x")}}`, optionally with a fixed prefix/suffix
 * Teleport compiles Go RE2 expressions; one JavaScript cannot compile (or any other template) is
 * reported as `unknown`, so a caller can leave the decision to Teleport instead of guessing.
 */
import type {ClaimMapping} from '../domain/role';

export type Match = boolean | 'unknown';
export type RoleMatcher = (role: string) => Match;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Teleport's utils.GlobToRegexp: quote everything, then `*` → `(.*)`. */
function globToRegExpSource(glob: string): string {
  return glob.split('*').map(escapeRegExp).join('(.*)');
}

function compile(source: string, flags = ''): RegExp | null {
  try {
    return new RegExp(source, flags);
  } catch {
    return null;
  }
}

const unknown: RoleMatcher = () => 'unknown';
const TEMPLATE = /^(.*?)\{\{\s*regexp\.(match|not_match)\(\s*"((?:[^"\\]|\\.)*)"\s*\)\s*\}\}(.*)$/s;

export function roleMatcher(pattern: string): RoleMatcher {
  const template = TEMPLATE.exec(pattern);
  if (template) {
    const [, prefix = '', fn, quoted = '', suffix = ''] = template;
    let source: string;
    try {
      source = JSON.parse(`"${quoted}"`) as string;
    } catch {
      return unknown;
    }
    const re = compile(source);
    if (!re) return unknown;
    return (role) => {
      if (!role.startsWith(prefix) || !role.endsWith(suffix) || role.length < prefix.length + suffix.length) return false;
      const middle = role.slice(prefix.length, role.length - suffix.length);
      return fn === 'match' ? re.test(middle) : !re.test(middle);
    };
  }
  if (pattern.includes('{{') || pattern.includes('}}')) return unknown;
  const re = pattern.startsWith('^') && pattern.endsWith('$') ? compile(pattern) : compile(`^${globToRegExpSource(pattern)}$`);
  if (!re) return unknown;
  return (role) => re.test(role);
}

/** Go's Regexp.ReplaceAllString template: `$1`, `${1}`, `$$`; a name JavaScript spells `$<name>`. */
function expand(template: string, groups: RegExpExecArray): string {
  return template.replace(/\$(\$|\{(\w+)\}|(\d+))/g, (_m, all: string, braced: string | undefined, plain: string | undefined) => {
    if (all === '$') return '$';
    const key = braced ?? plain ?? '';
    const value = /^\d+$/.test(key) ? groups[Number(key)] : groups.groups?.[key];
    return value ?? '';
  });
}

/**
 * The roles `claims_to_roles` grants this user: for each mapping whose claim is one of the user's
 * traits, every trait value matching `value` (glob or `^…$`) yields its roles with `$1`-style
 * expansion. An expanded name only ever matches literally (Teleport's literalMatcher).
 */
export function claimMatchers(mappings: ClaimMapping[], traits: Record<string, string[]>): RoleMatcher[] {
  const out: RoleMatcher[] = [];
  for (const mapping of mappings) {
    const values = Object.hasOwn(traits, mapping.claim) ? (traits[mapping.claim] ?? []) : [];
    if (values.length === 0) continue;
    const anchored = mapping.value.startsWith('^') && mapping.value.endsWith('$') ? mapping.value : `^${globToRegExpSource(mapping.value)}$`;
    const re = compile(anchored);
    if (!re) {
      out.push(unknown);
      continue;
    }
    for (const value of values) {
      const groups = re.exec(value);
      if (!groups) continue;
      for (const role of mapping.roles) {
        const expanded = expand(role, groups);
        if (expanded === '') continue;
        out.push(expanded !== role || role.includes('$') ? (r) => r === expanded : roleMatcher(role));
      }
    }
  }
  return out;
}

/** Any matcher matching wins; otherwise `unknown` if one could not decide. */
export function anyMatch(matchers: RoleMatcher[], role: string): Match {
  let undecided = false;
  for (const m of matchers) {
    const r = m(role);
    if (r === true) return true;
    if (r === 'unknown') undecided = true;
  }
  return undecided ? 'unknown' : false;
}
