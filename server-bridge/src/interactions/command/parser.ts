/**
 * Parses the text after `/teleport` into one of the subcommands. Pure and total: whatever the
 * input (hostile, truncated, unicode, pasted terminal output) the result is a command or an error
 * message that says what to type instead. Nothing here may throw.
 */
import type {ResourceId} from '../../domain/request';
import {parseResourceList, RESOURCE_ID_EXAMPLE} from '../../domain/resource-id';
import {userText} from '../../errors/explain';
import {fail, ok, type Result} from '../../errors/failure';
import {parseDuration} from './duration';
import {SUBCOMMANDS, type Subcommand} from './help';
import {closest} from './suggest';
import {lookup} from './lookup';
import {inputText, readRequestIdInput} from '../../reviewers/request-id';
import {echo} from './text';
import {tokenize} from './tokenize';

export type ParsedCommand =
  | {kind: 'help'; topic: Subcommand | null}
  | {
      kind: 'request';
      /** May be empty when resources are named (Teleport then picks the roles). */
      roles: string[];
      /** `--resource <id>` (repeatable), as `tsh request create --resource` takes them. */
      resources: ResourceId[];
      reason: string | null;
      /** As typed, without a leading @: Mattermost usernames or Teleport user names. */
      reviewers: string[];
      maxDuration: {text: string; ms: number} | null;
      dryRun: boolean;
    }
  /** `/teleport request` with no arguments: open the form. */
  | {kind: 'request-dialog'}
  | {kind: 'list'}
  | {kind: 'show'; requestId: string}
  | {kind: 'review'; decision: 'approve' | 'deny'; requestId: string; reason: string}
  | {kind: 'status'};

/** A command, or a `usage` failure: what to type instead, and which help to show with it. */
export type ParseResult = Result<ParsedCommand>;

const ALIASES: Record<string, Subcommand> = {
  req: 'request',
  new: 'request',
  create: 'request',
  ls: 'list',
  pending: 'list',
  get: 'show',
  view: 'show',
  card: 'show',
  reject: 'deny',
  whoami: 'status',
  '?': 'help',
  h: 'help',
  '-h': 'help',
  '--help': 'help',
};

type FlagName = 'roles' | 'resources' | 'reason' | 'reviewers' | 'maxDuration' | 'dryRun' | 'help';

/** Normalised spelling (lowercase, no dashes or underscores) → flag, per subcommand. */
const REQUEST_FLAGS: Record<string, FlagName> = {
  roles: 'roles',
  role: 'roles',
  r: 'roles',
  resource: 'resources',
  resources: 'resources',
  reason: 'reason',
  message: 'reason',
  m: 'reason',
  reviewers: 'reviewers',
  reviewer: 'reviewers',
  suggestedreviewers: 'reviewers',
  maxduration: 'maxDuration',
  duration: 'maxDuration',
  ttl: 'maxDuration',
  dryrun: 'dryRun',
  help: 'help',
  h: 'help',
};
const REVIEW_FLAGS: Record<string, FlagName> = {reason: 'reason', message: 'reason', m: 'reason', help: 'help', h: 'help'};
const PLAIN_FLAGS: Record<string, FlagName> = {help: 'help', h: 'help'};
const CANONICAL_SPELLING: Record<FlagName, string> = {
  roles: '--roles',
  resources: '--resource',
  reason: '--reason',
  reviewers: '--reviewers',
  maxDuration: '--max-duration',
  dryRun: '--dry-run',
  help: '--help',
};

interface FlagToken {
  flag: FlagName | null;
  /** The flag as typed, for messages. */
  typed: string;
  normalised: string;
  /** Value after `=`, if any. */
  inline: string | null;
}

/**
 * Is this word a flag? `--x`, and the em/en dash that autocorrect makes of `--`. A single dash
 * counts only for known flags, so a reason like "-1 on this" stays prose.
 */
function asFlag(token: string, flags: Record<string, FlagName>): FlagToken | null {
  const dashes = /^(--|\u2014|\u2013|-)(?=[\p{L}_])/u.exec(token);
  if (!dashes) return null;
  const body = token.slice(dashes[0].length);
  const eq = body.indexOf('=');
  const name = eq === -1 ? body : body.slice(0, eq);
  const normalised = name.toLowerCase().replace(/[-_]/g, '');
  const flag = lookup(flags, normalised) ?? null;
  if (dashes[1] === '-' && flag === null) return null;
  return {flag, typed: `${dashes[0]}${name}`, normalised, inline: eq === -1 ? null : body.slice(eq + 1)};
}

/** A word of the command; `quoted` words are values even when they look like options. */
interface Word {
  text: string;
  quoted: boolean;
}

interface SplitArgs {
  positional: string[];
  values: Map<FlagName, string[][]>;
}

/** Groups words into positional arguments and flag values (a flag takes every word up to the next flag). */
function splitArgs(sub: Subcommand, args: Word[], flags: Record<string, FlagName>): Result<SplitArgs> {
  const positional: string[] = [];
  const values = new Map<FlagName, string[][]>();
  let open: string[] | null = null;
  let endOfFlags = false;
  for (const word of args) {
    const arg = word.text;
    if (!endOfFlags && !word.quoted && arg === '--') {
      endOfFlags = true;
      open = null;
      continue;
    }
    const flag = endOfFlags || word.quoted ? null : asFlag(arg, flags);
    if (!flag) {
      (open ?? positional).push(arg);
      continue;
    }
    if (flag.flag === null) {
      const known = [...new Set(Object.values(flags))].map((f) => CANONICAL_SPELLING[f]);
      const guess = closest(flag.normalised, Object.keys(flags));
      const suggestion = guess ? ` Did you mean \`${CANONICAL_SPELLING[lookup(flags, guess) as FlagName]}\`?` : '';
      return usage(`Unknown option ${echo(flag.typed)} for \`/teleport ${sub}\`.${suggestion} Options: ${known.join(', ')}.`, sub);
    }
    const list = values.get(flag.flag) ?? [];
    values.set(flag.flag, list);
    open = flag.inline === null ? [] : [flag.inline];
    list.push(open);
    // `--flag=value` is complete; further words are positional again.
    if (flag.inline !== null) open = null;
  }
  return ok({positional, values});
}

function commaList(groups: string[][] | undefined): string[] {
  const out: string[] = [];
  for (const word of (groups ?? []).flat()) {
    for (const item of word.split(/[,;\s]+/)) {
      const clean = item.trim();
      if (clean !== '' && !out.includes(clean)) out.push(clean);
    }
  }
  return out;
}

function usage<T = ParsedCommand>(text: string, topic: Subcommand | null): Result<T> {
  return fail({code: 'usage', text, topic});
}

function resolveSubcommand(word: string): Subcommand | null {
  const lower = word.toLowerCase();
  if ((SUBCOMMANDS as readonly string[]).includes(lower)) return lower as Subcommand;
  return lookup(ALIASES, lower) ?? null;
}

function requestId(sub: Subcommand, word: string | undefined): Result<string> {
  if (word === undefined) {
    return usage(`\`/teleport ${sub}\` needs a request id, e.g. \`/teleport ${sub} 5e1f09ab\` (the 8 characters the card shows are enough). \`/teleport list\` shows ids.`, sub);
  }
  // A pasted Web UI link, an id in punctuation, or 8+ characters from either end (cards print the last 8).
  const input = readRequestIdInput(word);
  if (!input) return usage(`${echo(word)} is not a request id (expected the 8 characters the card shows, like 5e1f09ab, or the whole id).`, sub);
  return ok(inputText(input));
}

/** `--resource <id>`, repeatable; a value may also list several ids separated by commas. */
function readResources(groups: string[][] | undefined): Result<ResourceId[]> {
  if (groups === undefined) return ok([]);
  const words = commaList(groups);
  if (words.length === 0) return usage(`\`--resource\` needs a resource id, e.g. \`--resource ${RESOURCE_ID_EXAMPLE}\`.`, 'request');
  const parsed = parseResourceList(words);
  if (parsed.ok) return ok(parsed.ids);
  const which = parsed.word === '' ? '' : ` ${echo(parsed.word, 80)}`;
  return usage(`\`--resource\`${which} ${parsed.problem}.`, 'request');
}

function parseRequest(args: Word[]): ParseResult {
  if (args.length === 0) return ok<ParsedCommand>({kind: 'request-dialog'});
  const split = splitArgs('request', args, REQUEST_FLAGS);
  if (!split.ok) return split;
  const {positional, values} = split.value;
  if (values.has('help')) return ok<ParsedCommand>({kind: 'help', topic: 'request'});

  // Forgiving: `/teleport request dbadmin --reason …` means the bare words are the roles.
  const roles = commaList([...(values.get('roles') ?? []), positional]);
  let dryRun = false;
  for (const group of values.get('dryRun') ?? []) {
    const value = group.join(' ').trim().toLowerCase();
    if (value === '' || ['true', 'yes', '1', 'on'].includes(value)) dryRun = true;
    else if (['false', 'no', '0', 'off'].includes(value)) dryRun = false;
    // `--dry-run dbadmin`: the words after a switch are not its value but more roles.
    else {
      dryRun = true;
      roles.push(...commaList([group]).filter((r) => !roles.includes(r)));
    }
  }
  const resources = readResources(values.get('resources'));
  if (!resources.ok) return resources;
  if (roles.length === 0 && resources.value.length === 0) {
    return usage('Which roles? Add `--roles <role>[,<role>]` (or `--resource <id>`), or run `/teleport request` alone to pick from a form.', 'request');
  }

  const reasons = values.get('reason') ?? [];
  if (reasons.length > 1) return usage('`--reason` was given more than once; give one reason (quote it if it has spaces).', 'request');
  let reason: string | null = null;
  if (reasons[0]) {
    reason = reasons[0].join(' ').trim();
    if (reason === '') return usage('`--reason` needs a value, e.g. `--reason "ticket OPS-123"`.', 'request');
  }

  const reviewers = commaList(values.get('reviewers'))
    .map((r) => r.replace(/^@+/, ''))
    .filter((r) => r !== '');
  if (values.has('reviewers') && reviewers.length === 0) {
    return usage('`--reviewers` needs at least one name, e.g. `--reviewers @alice,@ivan`.', 'request');
  }

  const durations = values.get('maxDuration') ?? [];
  if (durations.length > 1) return usage('`--max-duration` was given more than once.', 'request');
  let maxDuration: {text: string; ms: number} | null = null;
  if (durations[0]) {
    const text = durations[0].join(' ').trim();
    const parsed = parseDuration(text);
    if (!parsed.ok) return usage(userText(parsed.error.failure), 'request');
    maxDuration = {text, ms: parsed.value};
  }

  return ok<ParsedCommand>({kind: 'request', roles, resources: resources.value, reason, reviewers, maxDuration, dryRun});
}

function parseReview(decision: 'approve' | 'deny', args: Word[]): ParseResult {
  const split = splitArgs(decision, args, REVIEW_FLAGS);
  if (!split.ok) return split;
  const {positional, values} = split.value;
  if (values.has('help')) return ok<ParsedCommand>({kind: 'help', topic: decision});
  const id = requestId(decision, positional[0]);
  if (!id.ok) return id;
  // Whether a reason is required is the review rules' call (interactions/rules.ts), not the parser's.
  const reason = [...positional.slice(1), ...(values.get('reason') ?? []).flat()].join(' ').trim();
  return ok<ParsedCommand>({kind: 'review', decision, requestId: id.value, reason});
}

function parseNoArgs(sub: 'list' | 'status', args: Word[]): ParseResult {
  const split = splitArgs(sub, args, PLAIN_FLAGS);
  if (split.ok && split.value.values.has('help')) return ok<ParsedCommand>({kind: 'help', topic: sub});
  // Extra words are ignored rather than refused: nothing they could mean changes the answer.
  return ok<ParsedCommand>({kind: sub});
}

export function parseCommand(text: string): ParseResult {
  const tokenized = tokenize(text);
  if (!tokenized.ok) return tokenized;
  const {tokens, quoted} = tokenized.value;
  const words: Word[] = tokens.map((text, i) => ({text, quoted: quoted[i] ?? false}));
  const [firstWord, ...rest] = words;
  if (firstWord === undefined) return ok<ParsedCommand>({kind: 'help', topic: null});
  const first = firstWord.text;

  let sub = resolveSubcommand(first);
  let args = rest;
  // `/teleport --roles dbadmin …`: the user left out "request".
  if (sub === null && !firstWord.quoted && asFlag(first, REQUEST_FLAGS)?.flag) {
    sub = 'request';
    args = words;
  }
  if (sub === null) {
    const guess = closest(first, [...SUBCOMMANDS, ...Object.keys(ALIASES).filter((a) => a.length > 2)]);
    const meant = guess === null ? null : resolveSubcommand(guess);
    const suggestion = meant ? ` Did you mean \`/teleport ${meant}\`?` : '';
    return usage(`Unknown subcommand ${echo(first)}.${suggestion} Available: ${SUBCOMMANDS.join(', ')}.`, null);
  }
  // `/teleport show help`, `/teleport deny --help`: help for that subcommand.
  if (sub !== 'help' && args.length === 1 && !args[0]?.quoted && /^(help|-h|--help|\?)$/i.test(args[0]?.text ?? '')) {
    return ok<ParsedCommand>({kind: 'help', topic: sub});
  }

  switch (sub) {
    case 'help': {
      const topicWord = args[0]?.text;
      if (topicWord === undefined) return ok<ParsedCommand>({kind: 'help', topic: null});
      const topic = resolveSubcommand(topicWord) ?? resolveSubcommand(closest(topicWord, SUBCOMMANDS) ?? '');
      return ok<ParsedCommand>({kind: 'help', topic});
    }
    case 'request':
      return parseRequest(args);
    case 'show': {
      const split = splitArgs('show', args, PLAIN_FLAGS);
      if (split.ok && split.value.values.has('help')) return ok<ParsedCommand>({kind: 'help', topic: 'show'});
      const id = requestId('show', split.ok ? split.value.positional[0] : args[0]?.text);
      return id.ok ? ok<ParsedCommand>({kind: 'show', requestId: id.value}) : id;
    }
    case 'approve':
    case 'deny':
      return parseReview(sub, args);
    case 'list':
    case 'status':
      return parseNoArgs(sub, args);
  }
}
