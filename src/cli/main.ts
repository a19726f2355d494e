/**
 * `postpause`: the command line for the communications team and IT, on the same core as the extension.
 * Arguments through node:util's parseArgs; every command has --help.
 */
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { analyseDraft, compileCode, shouldPause, type DraftContext } from '../core/analysis.ts';
import { analyseBatch, batchCode, evaluateLabelled, isLabelled, parseCsvPosts, parseJsonlPosts, parsePosts } from '../core/batch/index.ts';
import { isCalendarDate, ONCE } from '../core/season.ts';
import { isUnreadable, readPolicyFile } from '../core/policy/read-policy.ts';
import { mergeSettings } from '../core/policy/schema.ts';
import { pageConfigOf, type Problem, type SettingsLayer } from '../core/policy/settings.ts';
import { starterTopics } from '../core/starter/topics.ts';
import { CHROME_ID } from '../core/extension-ids.ts';
import { uncarriable } from '../core/policy/schema.ts';
import { isForceInstallOnly } from '../core/policy/unwrap.ts';
import { deployFiles } from './deploy/index.ts';
import { writeDeployFiles } from './deploy/write.ts';
import { targets } from './deploy/ids.ts';
import { DEFAULT_PROFILE_ID, PROFILE_ID_PATTERN } from './deploy/macos.ts';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  stdin: () => string;
}

const HELP = {
  main: `Usage: postpause <command> [options]

Commands:
  check              what PostPause finds in a post (JSON)
  policy validate    checks a policy file
  policy export      writes the files IT deploys the policy with

Run "postpause <command> --help" for a command's options.`,
  check: `Usage: postpause check [--policy FILE] [--to ACCOUNT]... [--date YYYY-MM-DD] (--text TEXT | -)
       postpause check [--policy FILE] [--date YYYY-MM-DD] (--jsonl FILE | --csv FILE | --posts FILE)

Prints what PostPause finds in a post, as JSON:
  {"pause": …, "findings": [{topic, keyword, match, start, end, near?, learned?}], "setAside": [{topic, keyword, match, start, end}], "audience": [{id, match}], "disclosure": {brand, missing} | null}
start and end are UTF-16 offsets into the text; near is the context a rule needed ("tender" near "€ 2,4 mln");
learned marks a topic no keyword found but the starter code's learned weights did (match: a word that weighed most);
setAside lists a starter topic's keywords that matched but that its learned weights set aside (they never pause).

  --policy FILE   the policy to check against (default: the starter code)
  --to ACCOUNT    the account replied to, commented on, quoted or reposted (a handle or a name; repeatable)
  --date DAY      the day to check on, for topics with a season (default: today)
  --text TEXT     the post
  -               read the post from standard input
  --jsonl FILE    a post per line, {"id"?, "text", "date"?}; prints one JSON line per post, in order:
                  {"id", "pause", "findings", "audience", "disclosure"}, each as a single check prints it
  --csv FILE      a CSV file with a text column (LinkedIn's Shares.csv and Comments.csv included)
  --posts FILE    any file of earlier posts: plain text (one per line), CSV, JSONL, LinkedIn's Shares.csv or
                  Comments.csv, X's archive tweets.js (- reads standard input for each of these)
Exit codes: 0 done; 2 bad arguments or an invalid policy (one line per problem, by JSON path).`,
  eval: `Usage: postpause eval --labelled FILE [--policy FILE] [--json]

Measures a code (default: the starter code) on labelled posts: JSONL with {"text", "sensitive": [topic ids]}
([] for a harmless post), as in tests/eval/sets. Prints recall on sensitive posts and false positives on
harmless ones, over all and per topic (--json: as JSON).
Exit codes: 0 done; 2 bad arguments, an invalid policy or a file without labels.`,
  validate: `Usage: postpause policy validate FILE

Checks a policy: the settings JSON, or a JSON file policy export writes: the Linux policy files, Firefox's
policies.json (entries as objects or as JSON text), the Google Admin console JSON, and the force-install
files (they hold no settings: "valid: 0 settings (force-install only)"). In a Chrome or Firefox policy
file that also configures other extensions, PostPause's entry is found by its id, or as the one entry
holding only PostPause's settings. The Intune OMA-URI profiles hold ADMX payloads: validate the policy
they were exported from.
Exit codes: 0 valid; 1 invalid (one line per problem, by JSON path) or not a policy; 2 bad arguments.`,
  export: `Usage: postpause policy export FILE --out DIR [--chrome-id ID | --update-url URL] [--edge-id ID]
                             [--profile-id ID] [--organization NAME]

Writes the files to deploy the policy on Windows (Group Policy, Intune), macOS (Jamf or another MDM),
Linux, Firefox and the Google Admin console, with a README for IT. Where Chrome and Edge install PostPause
from decides the id the files use:

  --out DIR             where to write them
  --chrome-id ID        Chrome installs PostPause from the Chrome Web Store, where it has this id
  --update-url URL      Chrome installs the self-hosted CRX from this update manifest (npm run package),
                        with the fixed id ${CHROME_ID}
  --edge-id ID          Edge installs it from Edge Add-ons, where it has this id (without it, Edge
                        installs what Chrome installs)
  --profile-id ID       the macOS profile's PayloadIdentifier (default ${DEFAULT_PROFILE_ID}); give each
                        variant (one per department) its own
  --organization NAME   the macOS profile's PayloadOrganization (default: the policy's companyName)

With none of --chrome-id, --update-url and --edge-id the files set PostPause's settings for the id
${CHROME_ID} and force-install it in Firefox only; it says so on stderr.
Warnings (a value too long for Group Policy or Intune) go to stderr and into the README.
Exit codes: 0 written; 1 invalid policy or cannot write; 2 bad arguments.`,
};

/** A usage or input error: the message goes to stderr and the command exits with `code`. */
class CliError extends Error {
  constructor(message: string, readonly code = 2) {
    super(message);
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments; --help prints its usage and returns null. */
function parse<O extends Options>(args: string[], options: O, help: string, io: Io) {
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${help}`);
  }
  if (parsed.values.help) {
    io.out(help);
    return null;
  }
  return parsed as { values: { [K in keyof O]?: O[K] extends { multiple: true } ? string[] : string }; positionals: string[] };
}

/** A day given as YYYY-MM-DD, at noon local time (far from any time-zone edge). */
function dayOf(value: string): Date {
  if (!ONCE.test(value) || !isCalendarDate(value)) throw new CliError(`--date: "${value}" is not a day (YYYY-MM-DD)`);
  return new Date(`${value}T12:00:00`);
}

const problemLines = (problems: Problem[]) => problems.map((p) => `${p.path}: ${p.message}`).join('\n');

/**
 * Reads a policy file the one way every part of PostPause reads one; any problem is an error with `code`,
 * one line per problem (under a line naming the file, where the policy is not the command's subject).
 */
function readPolicy(file: string, code: number, header = false): SettingsLayer {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`${file}: cannot be read`, code);
  }
  const read = readPolicyFile(text);
  if (isUnreadable(read)) throw new CliError(`${file}: ${read.unreadable}`, code);
  if (read.problems.length > 0) throw new CliError(`${header ? `${file} is not a valid policy:\n` : ''}${problemLines(read.problems)}`, code);
  return read.values;
}

function check(args: string[], io: Io) {
  const options = {
    policy: { type: 'string' }, text: { type: 'string' }, to: { type: 'string', multiple: true }, date: { type: 'string' },
    jsonl: { type: 'string' }, csv: { type: 'string' }, posts: { type: 'string' },
  } as const;
  const parsed = parse(args, options, HELP.check, io);
  if (!parsed) return;
  const { values, positionals } = parsed;
  const date = values.date === undefined ? new Date() : dayOf(values.date);
  const settings = mergeSettings(values.policy ? readPolicy(values.policy, 2, true) : {});
  const code = compileCode(pageConfigOf(settings, starterTopics, 'en'));
  const result = (text: string, context: DraftContext) => {
    const analysis = analyseDraft(code, [text], context);
    const findings = analysis.findings.map(({ topic, keyword, match, start, end, near, learned }) => ({ topic, keyword, match, start, end, ...(near ? { near } : {}), ...(learned ? { learned } : {}) }));
    const setAside = analysis.setAside.map(({ topic, keyword, match, start, end }) => ({ topic, keyword, match, start, end }));
    const audience = analysis.audience.map(({ id, match }) => ({ id, match }));
    return { pause: shouldPause(settings.mode, analysis), findings, setAside, audience, disclosure: analysis.disclosure };
  };
  const batch = values.jsonl ?? values.csv ?? values.posts;
  if (batch !== undefined) {
    const text = batch === '-' ? io.stdin() : readText(batch);
    const read = values.jsonl !== undefined ? parseJsonlPosts(text) : values.csv !== undefined ? parseCsvPosts(text) : parsePosts(text, batch);
    for (const problem of read.problems) io.err(`${batch}: line ${problem.line}: ${problem.kind}${problem.detail ? ` (${problem.detail})` : ''}`);
    for (const post of read.posts) io.out(JSON.stringify({ id: post.id, ...result(post.text, { date: post.date ?? date }) }));
    return;
  }
  const text = positionals.includes('-') ? io.stdin() : values.text;
  if (text === undefined) throw new CliError(`check needs --text TEXT, -, --jsonl FILE, --csv FILE or --posts FILE\n\n${HELP.check}`);
  io.out(JSON.stringify(result(text, { to: values.to ?? [], date })));
}

/** A file's text, or a usage error naming it. */
function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`${file}: cannot be read`);
  }
}

function evaluateCommand(args: string[], io: Io) {
  const parsed = parse(args, { labelled: { type: 'string' }, policy: { type: 'string' }, json: { type: 'boolean' } }, HELP.eval, io);
  if (!parsed) return;
  const { values } = parsed;
  if (!values.labelled) throw new CliError(`eval needs --labelled FILE\n\n${HELP.eval}`);
  const read = parseJsonlPosts(values.labelled === '-' ? io.stdin() : readText(values.labelled));
  if (!isLabelled(read.posts)) throw new CliError(`${values.labelled}: no post has "sensitive" labels`);
  const settings = mergeSettings(values.policy ? readPolicy(values.policy, 2, true) : {});
  const code = batchCode(settings, starterTopics, { ignoreSeasons: true });
  const evaluation = evaluateLabelled(read.posts, analyseBatch(code, read.posts), code.topics.map((t) => t.id));
  if (values.json) return io.out(JSON.stringify(evaluation));
  const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);
  io.out(`${evaluation.posts} labelled posts: ${evaluation.sensitive} sensitive, ${evaluation.harmless} harmless`);
  io.out(`recall ${pct(evaluation.recall)}, false positives ${pct(evaluation.falsePositiveRate)} (${evaluation.falsePositives.length} of ${evaluation.harmless})`);
  io.out('topic\tposts\tfound\trecall\tflagged wrongly');
  for (const t of evaluation.topics) io.out(`${t.topic}\t${t.labelled}\t${t.found}\t${pct(t.recall)}\t${t.falsePositives}`);
}

function validate(args: string[], io: Io) {
  const parsed = parse(args, {}, HELP.validate, io);
  if (!parsed) return;
  const [file] = parsed.positionals;
  if (!file) throw new CliError(`policy validate needs FILE\n\n${HELP.validate}`);
  const count = Object.keys(readPolicy(file, 1)).length;
  const forceInstallOnly = count === 0 && isForceInstallOnly(JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')));
  io.out(`valid: ${count} setting${count === 1 ? '' : 's'}${forceInstallOnly ? ' (force-install only)' : ''}`);
}

function exportPolicy(args: string[], io: Io) {
  const options = {
    out: { type: 'string' },
    'chrome-id': { type: 'string' },
    'edge-id': { type: 'string' },
    'update-url': { type: 'string' },
    'profile-id': { type: 'string' },
    organization: { type: 'string' },
  } as const;
  const parsed = parse(args, options, HELP.export, io);
  if (!parsed) return;
  const { values, positionals } = parsed;
  const [file] = positionals;
  if (!file || !values.out) throw new CliError(`policy export needs FILE and --out DIR\n\n${HELP.export}`);
  let t;
  try {
    t = targets({ chromeId: values['chrome-id'], edgeId: values['edge-id'], updateUrl: values['update-url'] });
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  const profileId = values['profile-id'] ?? DEFAULT_PROFILE_ID;
  if (!PROFILE_ID_PATTERN.test(profileId)) throw new CliError(`--profile-id: "${profileId}" is not a reverse-DNS identifier (such as com.example.postpause.sales)`);
  const { organization } = values;
  const problem = organization === undefined ? null : organization.trim() === '' ? 'is empty' : uncarriable(organization);
  if (problem) throw new CliError(`--organization: ${problem}`);
  const { files, warnings } = deployFiles(readPolicy(file, 1), t, { profileId, organization });
  try {
    writeDeployFiles(values.out, files);
  } catch (error) {
    throw new CliError(`${values.out}: cannot write (${(error as Error).message})`, 1);
  }
  if (!t.chromeInstall) {
    const [flags, browsers] = t.edgeInstall ? ['--chrome-id or --update-url', 'Google Chrome'] : ['--chrome-id, --update-url or --edge-id', 'Google Chrome or Microsoft Edge'];
    io.err(`no ${flags}: the files set PostPause's settings but do not force-install it in ${browsers} (see README.md)`);
  }
  for (const warning of warnings) io.err(`warning: ${warning}`);
  io.out(`wrote ${Object.keys(files).length} files to ${values.out}:`);
  for (const path of Object.keys(files)) io.out(`  ${path}`);
}

function policyCommand(args: string[], io: Io) {
  const [action, ...rest] = args;
  if (action === 'validate') validate(rest, io);
  else if (action === 'export') exportPolicy(rest, io);
  else if (action === '--help' || action === '-h') io.out(`${HELP.validate}\n\n${HELP.export}`);
  else throw new CliError(`policy needs validate or export\n\n${HELP.main}`);
}

/** Runs the command line; returns the exit code. */
export function main(argv: string[], io: Io): number {
  const [command, ...args] = argv;
  try {
    if (command === 'check') check(args, io);
    else if (command === 'eval') evaluateCommand(args, io);
    else if (command === 'policy') policyCommand(args, io);
    else if (command === undefined || command === '--help' || command === '-h') io.out(HELP.main);
    else throw new CliError(`unknown command "${command}"\n\n${HELP.main}`);
    return 0;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.err(error.message);
    return error.code;
  }
}
