/**
 * The autocomplete tree of `/teleport`, in the JSON form of Mattermost's `model.AutocompleteData`
 * (Go field names: the plugin's server part decodes it with Mattermost's own types and registers
 * it). Built from the subcommands and flags the parser accepts; tree.test.ts types every line the
 * tree can produce into the parser, so the two cannot drift. `build/autocomplete-tree.ts` writes it
 * to server/autocomplete.json for the plugin binary to embed.
 */
import {AUTOCOMPLETE_DESCRIPTION, AUTOCOMPLETE_HINT, SUBCOMMANDS, type Subcommand} from '../command/help';

/** The dynamic lists the plugin serves (relative to /plugins/<id>; server/autocomplete.go routes them). */
export const LIST_URLS = {
  roles: '/autocomplete/roles',
  review: '/autocomplete/requests/review',
  show: '/autocomplete/requests/show',
} as const;
export type ListName = keyof typeof LIST_URLS;

export interface AutocompleteListItem {
  Item: string;
  Hint: string;
  HelpText: string;
}

type ArgData = {Hint: string; Pattern: string} | {PossibleArguments: AutocompleteListItem[]} | {FetchURL: string};

export interface AutocompleteArg {
  /** '' for a positional argument; otherwise typed as `--Name`. */
  Name: string;
  HelpText: string;
  Type: 'TextInput' | 'StaticList' | 'DynamicList';
  Required: boolean;
  Data: ArgData;
}

export interface AutocompleteData {
  Trigger: string;
  Hint: string;
  HelpText: string;
  RoleID: string;
  Arguments: AutocompleteArg[];
  SubCommands: AutocompleteData[];
}

const text = (Name: string, HelpText: string, Hint: string, Required = false): AutocompleteArg => ({Name, HelpText, Type: 'TextInput', Required, Data: {Hint, Pattern: ''}});
const dynamic = (Name: string, HelpText: string, list: ListName, Required: boolean): AutocompleteArg => ({
  Name,
  HelpText,
  Type: 'DynamicList',
  Required,
  Data: {FetchURL: LIST_URLS[list]},
});
const staticList = (Name: string, HelpText: string, items: AutocompleteListItem[], Required = false): AutocompleteArg => ({
  Name,
  HelpText,
  Type: 'StaticList',
  Required,
  Data: {PossibleArguments: items},
});

/** Mattermost shows every user the command; 'system_user' is what model.NewAutocompleteData sets. */
const EVERYONE = 'system_user';

const node = (Trigger: string, Hint: string, HelpText: string, Arguments: AutocompleteArg[] = []): AutocompleteData => ({
  Trigger,
  Hint,
  HelpText,
  RoleID: EVERYONE,
  Arguments,
  SubCommands: [],
});

const SHORT_HELP: Record<Subcommand, string> = {
  request: 'Ask for access to roles or resources (alone: opens a form)',
  list: 'Pending requests you can review, and your own',
  show: 'Show a request, only to you',
  approve: 'Approve a request as your Teleport user',
  deny: 'Deny a request as your Teleport user (reason required)',
  status: 'Your Teleport mapping and whether in-chat reviews work',
  help: 'How to use /teleport',
};

const SUBCOMMAND_NODES: Record<Subcommand, () => AutocompleteData> = {
  request: () =>
    node('request', '[--roles role] [--reason "…"]', SHORT_HELP.request, [
      dynamic('roles', 'Roles to request, comma separated', 'roles', false),
      text('resource', 'A resource id as tsh request search prints it; repeat for more', '/teleport.example.com/node/web-1'),
      text('reason', 'Why you need access (quote it)', '"ticket OPS-123: replica lag"'),
      text('reviewers', 'Suggested reviewers, comma separated', '@alice,@ivan'),
      text('max-duration', 'How long access should last; Teleport may grant less', '4h'),
      staticList('dry-run', 'Check with Teleport without creating the request', [{Item: 'true', Hint: '', HelpText: 'Only check, create nothing'}]),
    ]),
  list: () => node('list', '', SHORT_HELP.list),
  show: () => node('show', '<request-id>', SHORT_HELP.show, [dynamic('', 'A request you can see', 'show', true)]),
  approve: () =>
    node('approve', '<request-id> [reason]', SHORT_HELP.approve, [
      dynamic('', 'A pending request you may review', 'review', true),
      text('', 'Reason (optional)', '[reason]', true),
    ]),
  deny: () =>
    node('deny', '<request-id> <reason>', SHORT_HELP.deny, [dynamic('', 'A pending request you may review', 'review', true), text('', 'Reason (required)', '<reason>', true)]),
  status: () => node('status', '', SHORT_HELP.status),
  help: () =>
    node('help', '[subcommand]', SHORT_HELP.help, [
      staticList(
        '',
        'Help on one subcommand',
        SUBCOMMANDS.filter((s) => s !== 'help').map((s) => ({Item: s, Hint: '', HelpText: SHORT_HELP[s]})),
      ),
    ]),
};

export function autocompleteTree(): AutocompleteData {
  return {
    ...node('teleport', AUTOCOMPLETE_HINT, AUTOCOMPLETE_DESCRIPTION),
    SubCommands: SUBCOMMANDS.map((s) => SUBCOMMAND_NODES[s]()),
  };
}
