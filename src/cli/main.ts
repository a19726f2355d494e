/**
 * `postpause`: the command line for the communications team and IT, on the same core as the extension.
 *   postpause check [--policy FILE] [--text TEXT | -]
 *   postpause policy validate FILE
 *   postpause policy export FILE --out DIR [--chrome-id ID] [--edge-id ID] [--chrome-update-url URL]
 */
import { readFileSync } from 'node:fs';
import { analyseParts, shouldPause } from '../core/matcher/analyse.ts';
import { compileMatcher } from '../core/matcher/compile.ts';
import { mergeSettings, validateSettings } from '../core/policy/schema.ts';
import { pageConfigOf, type Problem } from '../core/policy/settings.ts';
import { starterTopics } from '../core/starter/topics.ts';
import { deployFiles, writeDeployFiles } from './deploy/index.ts';
import { EXTENSION_ID_PATTERN, targets } from './deploy/ids.ts';
import { policySettings } from './deploy/unwrap.ts';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  stdin: () => string;
}

const USAGE = `Usage:
  postpause check [--policy FILE] [--text TEXT | -]   what PostPause finds in a post (JSON); - reads the post from stdin
  postpause policy validate FILE                      checks a policy: the settings JSON, or a Chrome/Edge policy file,
                                                      Firefox policies.json or Google Admin console JSON holding them
  postpause policy export FILE --out DIR              writes the files to deploy the policy on Windows, macOS, Linux,
      [--chrome-id ID] [--edge-id ID]                 Firefox and the Google Admin console, with a README for IT;
      [--chrome-update-url URL]                       --chrome-id: PostPause's id in the Chrome Web Store (default: the
                                                      self-hosted id); --edge-id: its id in Edge Add-ons (default: the Chrome id);
                                                      --chrome-update-url: a self-hosted update URL for Chrome`;

/** A usage or input error: the message goes to stderr and the command exits with `code`. */
class CliError extends Error {
  constructor(message: string, readonly code = 2) {
    super(message);
  }
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const value = args[at + 1];
  if (value === undefined) throw new CliError(`${name} needs a value\n${USAGE}`);
  return value;
}

/** The first argument that is not an option or an option's value (every option takes a value). */
function operand(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i]!.startsWith('--')) i++;
    else return args[i];
  }
  return undefined;
}

function readJson(file: string, code?: number): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CliError(`${file}: ${error instanceof SyntaxError ? `not valid JSON: ${error.message}` : 'cannot be read'}`, code);
  }
}

/** Reads and validates a policy file strictly: any problem is an error naming its JSON path. */
export function readPolicy(file: string) {
  return validateSettings(readJson(file), 'policy');
}

const problemLines = (problems: Problem[]) => problems.map((p) => `${p.path}: ${p.message}`);

/** A policy for `policy validate` and `policy export`, as settings or in a deployed file; exits 1 on any problem. */
function validPolicy(file: string) {
  let settings: unknown;
  try {
    settings = policySettings(readJson(file, 1));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${file}: ${(error as Error).message}`, 1);
  }
  const { values, problems } = validateSettings(settings, 'policy');
  if (problems.length > 0) throw new CliError(problemLines(problems).join('\n'), 1);
  return values;
}

function validate(args: string[], io: Io) {
  const file = operand(args);
  if (!file) throw new CliError(`policy validate needs FILE\n${USAGE}`);
  const count = Object.keys(validPolicy(file)).length;
  io.out(`valid: ${count} setting${count === 1 ? '' : 's'}`);
}

function exportPolicy(args: string[], io: Io) {
  const file = operand(args);
  const out = option(args, '--out');
  if (!file || !out) throw new CliError(`policy export needs FILE and --out DIR\n${USAGE}`);
  const extensionId = (name: string) => {
    const id = option(args, name);
    if (id !== undefined && !EXTENSION_ID_PATTERN.test(id)) throw new CliError(`${name}: "${id}" is not an extension id (32 letters a to p)`);
    return id;
  };
  const chromeId = extensionId('--chrome-id');
  const edgeId = extensionId('--edge-id');
  const chromeUpdateUrl = option(args, '--chrome-update-url');
  if (chromeUpdateUrl !== undefined && !/^https?:\/\/\S+$/.test(chromeUpdateUrl)) throw new CliError(`--chrome-update-url: "${chromeUpdateUrl}" is not an http(s) address`);
  const files = deployFiles(validPolicy(file), targets({ chromeId, edgeId, chromeUpdateUrl }));
  try {
    writeDeployFiles(out, files);
  } catch (error) {
    throw new CliError(`${out}: cannot write (${(error as Error).message})`, 1);
  }
  io.out(`wrote ${Object.keys(files).length} files to ${out}:`);
  for (const path of Object.keys(files)) io.out(`  ${path}`);
}

function policyCommand(args: string[], io: Io) {
  const [action, ...rest] = args;
  if (action === 'validate') validate(rest, io);
  else if (action === 'export') exportPolicy(rest, io);
  else throw new CliError(`policy needs validate or export\n${USAGE}`);
}

function check(args: string[], io: Io) {
  const policyFile = option(args, '--policy');
  const text = args.includes('-') ? io.stdin() : option(args, '--text');
  if (text === undefined) throw new CliError(`check needs --text TEXT or - (the post on stdin)\n${USAGE}`);
  let values = {};
  if (policyFile) {
    const policy = readPolicy(policyFile);
    if (policy.problems.length > 0) throw new CliError(`${policyFile} is not a valid policy:\n${problemLines(policy.problems).join('\n')}`);
    values = policy.values;
  }
  const settings = mergeSettings(values);
  const config = pageConfigOf(settings, starterTopics, 'en');
  const findings = analyseParts(compileMatcher(config.topics), [text]).map(({ topic, keyword, match, start, end }) => ({ topic, keyword, match, start, end }));
  io.out(JSON.stringify({ pause: shouldPause(settings.mode, findings), findings }));
}

/** Runs the command line; returns the exit code. */
export function main(argv: string[], io: Io): number {
  const [command, ...args] = argv;
  try {
    if (command === 'check') check(args, io);
    else if (command === 'policy') policyCommand(args, io);
    else if (command === undefined || command === '--help' || command === '-h') io.out(USAGE);
    else throw new CliError(`unknown command "${command}"\n${USAGE}`);
    return 0;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.err(error.message);
    return error.code;
  }
}
