/**
 * `postpause`: the command line for the communications team and IT, on the same core as the extension.
 *   postpause check [--policy FILE] [--text TEXT | -]
 */
import { readFileSync } from 'node:fs';
import { analyseParts, shouldPause } from '../core/matcher/analyse.ts';
import { compileMatcher } from '../core/matcher/compile.ts';
import { mergeSettings, validateSettings } from '../core/policy/schema.ts';
import { pageConfigOf, type Problem } from '../core/policy/settings.ts';
import { starterTopics } from '../core/starter/topics.ts';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  stdin: () => string;
}

const USAGE = `Usage:
  postpause check [--policy FILE] [--text TEXT | -]   what PostPause finds in a post (JSON); - reads the post from stdin`;

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

/** Reads and validates a policy file strictly: any problem is an error naming its JSON path. */
export function readPolicy(file: string) {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CliError(`${file}: ${error instanceof SyntaxError ? `not valid JSON: ${error.message}` : 'cannot be read'}`);
  }
  return validateSettings(json, 'policy');
}

const problemLines = (problems: Problem[]) => problems.map((p) => `${p.path}: ${p.message}`);

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
    else if (command === undefined || command === '--help' || command === '-h') io.out(USAGE);
    else throw new CliError(`unknown command "${command}"\n${USAGE}`);
    return 0;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.err(error.message);
    return error.code;
  }
}
