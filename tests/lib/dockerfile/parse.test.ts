import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDockerfile, sourceSnippet, type ParsedDockerfile } from '@/lib/dockerfile';
import { chapters } from '../content/chapter-files';

// The parser against real Dockerfiles (this repository's own, and every one a chapter shows) and
// against broken ones, each error in BuildKit's words (frontend/dockerfile/parser/parser.go,
// instructions/parse.go, instructions/bflag.go, dockerfile2llb/convert.go, solver/errdefs).

function parsed(text: string): ParsedDockerfile {
  const result = parseDockerfile(text);
  if (!result.ok) throw new Error(result.problem.message);
  return result.dockerfile;
}

function problem(text: string) {
  const result = parseDockerfile(text);
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
}

describe('real Dockerfiles', () => {
  it("reads the repository's own multi-stage Dockerfile: two stages, ARG/ENV, COPY --from, HEALTHCHECK flags", () => {
    const source = readFileSync('Dockerfile', 'utf8');
    const dockerfile = parsed(source);
    expect(dockerfile.directives.syntax).toBe('docker/dockerfile:1');
    expect(dockerfile.stages.map((stage) => [stage.name, stage.label, stage.base])).toEqual([
      ['build', 'build', { kind: 'image', reference: expect.stringMatching(/^node:24-trixie-slim@sha256:[0-9a-f]{64}$/) }],
      [null, 'stage-1', { kind: 'image', reference: expect.stringMatching(/^debian:trixie-slim@sha256:[0-9a-f]{64}$/) }],
    ]);
    const last = dockerfile.stages[1]!;
    const run = last.commands[0]!;
    // Three physical lines joined into one instruction that starts on its first line.
    const runLine = source.split('\n').findIndex((line) => line.startsWith('RUN apt-get update')) + 1;
    expect([run.kind, run.line, run.endLine]).toEqual(['run', runLine, runLine + 2]);
    const copies = last.commands.filter((command) => command.kind === 'copy');
    expect(copies.map((copy) => copy.kind === 'copy' && copy.from)).toEqual([null, 'build', 'build']);
    expect(last.commands.map((command) => command.keyword)).toEqual([
      'RUN',
      'COPY',
      'COPY',
      'COPY',
      'USER',
      'EXPOSE',
      'HEALTHCHECK',
      'STOPSIGNAL',
      'ENV',
      'CMD',
    ]);
    const cmd = last.commands.at(-1)!;
    expect(cmd.kind === 'cmd' && cmd.command.form).toBe('exec');
    expect(dockerfile.needed).toEqual([0, 1]);
  });

  const shown = chapters.flatMap((chapter) =>
    chapter.model.codeBlocks
      .filter((block) => block.lang === 'dockerfile')
      .map((block) => [`${chapter.file}:${block.line}`, block.value] as const),
  );

  it.each(shown)('reads the Dockerfile the chapter shows at %s', (_, value) => {
    const dockerfile = parsed(value);
    expect(dockerfile.stages.length).toBeGreaterThan(0);
  });

  it('joins continuation lines, skipping comment lines inside them, and keeps the start line', () => {
    const dockerfile = parsed(
      'FROM ruby:3.4\nRUN apt-get update && \\\n    # packages\n    apt-get install -y git\nCMD bin/rails server\n',
    );
    const [run, cmd] = dockerfile.stages[0]!.commands;
    expect([run?.line, run?.endLine, run?.text]).toEqual([2, 4, 'RUN apt-get update &&     apt-get install -y git']);
    expect(cmd?.kind === 'cmd' && cmd.command).toEqual({ form: 'shell', args: ['bin/rails server'] });
  });

  it('tells the exec form from the shell form; malformed JSON is the shell form, as in BuildKit', () => {
    const [exec, broken] = parsed('FROM alpine\nCMD ["echo", "hi"]\nENTRYPOINT ["echo", "hi"\n').stages[0]!.commands;
    expect(exec?.kind === 'cmd' && exec.command).toEqual({ form: 'exec', args: ['echo', 'hi'] });
    expect(broken?.kind === 'entrypoint' && broken.command).toEqual({ form: 'shell', args: ['["echo", "hi"'] });
  });

  it('takes ARG before FROM as a meta arg the FROM line may use', () => {
    const dockerfile = parsed('ARG RUBY=3.4\nFROM ruby:${RUBY}-slim-trixie\nRUN ruby -v\n');
    expect(dockerfile.metaArgs).toHaveLength(1);
    expect(dockerfile.stages[0]?.base).toEqual({ kind: 'image', reference: 'ruby:3.4-slim-trixie' });
  });

  it('names stages in lower case, refers to them by name or number, and needs only what the last stage uses', () => {
    const dockerfile = parsed(
      'FROM alpine AS Tools\nRUN echo tools\nFROM alpine AS unused\nRUN echo never\nFROM tools\nCOPY --from=0 /etc/hostname /x\n',
    );
    expect(dockerfile.stages.map((stage) => stage.name)).toEqual(['tools', 'unused', null]);
    expect(dockerfile.stages[2]?.base).toEqual({ kind: 'stage', index: 0 });
    expect(dockerfile.needed).toEqual([0, 2]);
  });

  it('reads parser directives only at the top, and honours # escape=`', () => {
    const dockerfile = parsed('# escape=`\nFROM alpine\nRUN echo a `\n  b\n');
    expect(dockerfile.directives.escape).toBe('`');
    expect(dockerfile.stages[0]?.commands[0]?.text).toBe('RUN echo a   b');
    expect(parsed('FROM alpine\n# escape=`\nRUN echo a \\\n b\n').directives.escape).toBe('\\');
  });

  it('accepts keywords in any case and CRLF line ends', () => {
    const dockerfile = parsed('from alpine\r\nrun echo hi\r\n');
    expect(dockerfile.stages[0]?.commands[0]?.keyword).toBe('RUN');
  });
});

describe("broken Dockerfiles, in BuildKit's words", () => {
  const cases: [string, string, string, number | null][] = [
    [
      'a misspelt instruction',
      'FROM alpine\nRUN ls\nRUNN echo hi\n',
      'dockerfile parse error on line 3: unknown instruction: RUNN (did you mean RUN?)',
      3,
    ],
    [
      'a lower-case misspelling',
      'FROM alpine\ncoppy . .\n',
      'dockerfile parse error on line 2: unknown instruction: coppy (did you mean copy?)',
      2,
    ],
    [
      'nothing like an instruction',
      'FROM alpine\nBANANA split\n',
      'dockerfile parse error on line 2: unknown instruction: BANANA',
      2,
    ],
    ['an empty file', '', 'the Dockerfile cannot be empty', null],
    ['comments only', '# nothing yet\n\n', 'file with no instructions', 2],
    ['no FROM', 'WORKDIR /app\nRUN ls\n', 'no build stage in current context', 1],
    ['ARG only', 'ARG VERSION=1\n', 'dockerfile contains no stages to build', null],
    [
      'COPY without a destination',
      'FROM alpine\nCOPY Gemfile\n',
      'dockerfile parse error on line 2: COPY requires at least two arguments, but only one was provided. Destination could not be determined',
      2,
    ],
    [
      'a misspelt flag',
      'FROM alpine\nCOPY --form=build /a /b\n',
      'dockerfile parse error on line 2: unknown flag: --form (did you mean from?)',
      2,
    ],
    [
      'a flag without its value',
      'FROM alpine\nCOPY --from /a /b\n',
      'dockerfile parse error on line 2: missing a value on flag: --from',
      2,
    ],
    [
      'a flag twice',
      'FROM alpine\nCOPY --from=a --from=b /a /b\n',
      'dockerfile parse error on line 2: duplicate flag specified: --from',
      2,
    ],
    [
      'FROM with two words',
      'FROM alpine latest\n',
      'dockerfile parse error on line 1: FROM requires either one or three arguments',
      1,
    ],
    [
      'a stage name with symbols',
      'FROM alpine AS 1st\n',
      'dockerfile parse error on line 1: invalid name for build stage: "1st", name can\'t start with a number or contain symbols',
      1,
    ],
    [
      'WORKDIR with no path',
      'FROM alpine\nWORKDIR\n',
      'dockerfile parse error on line 2: WORKDIR requires exactly one argument',
      2,
    ],
    [
      'EXPOSE with no port',
      'FROM alpine\nEXPOSE\n',
      'dockerfile parse error on line 2: EXPOSE requires at least one argument',
      2,
    ],
    ['ENV with a name only', 'FROM alpine\nENV RAILS_ENV\n', 'ENV must have two arguments', 2],
    [
      'ENV pairs missing =',
      'FROM alpine\nENV A=1 B\n',
      'Syntax error - can\'t find = in "B". Must be of the form: name=value',
      2,
    ],
    [
      'JSON with a number',
      'FROM alpine\nCMD ["sleep", 1]\n',
      'when using JSON array syntax, arrays must be comprised of strings only',
      2,
    ],
    [
      'SHELL in shell form',
      'FROM alpine\nSHELL /bin/bash -c\n',
      'dockerfile parse error on line 2: SHELL requires the arguments to be in JSON form',
      2,
    ],
    ['a directive twice', '# escape=\\\n# escape=`\nFROM alpine\n', 'only one escape parser directive can be used', 2],
    ['a blank base from an unset ARG', 'ARG BASE\nFROM ${BASE}\n', 'base name (${BASE}) should not be blank', 2],
    [
      'COPY from a later stage',
      'FROM alpine AS a\nCOPY --from=b /x /x\nFROM alpine AS b\n',
      'cannot copy from stage "b", it needs to be defined before current stage "a"',
      2,
    ],
  ];

  it('suggests a flag as written, case and all, like BuildKit (flags are case-sensitive)', () => {
    expect(problem('FROM alpine\nCOPY --From=a /x /y\n').message).toBe(
      'dockerfile parse error on line 2: unknown flag: --From (did you mean from?)',
    );
    expect(problem('FROM alpine\nRUN --cache=true x\n').message).toBe('dockerfile parse error on line 2: unknown flag: --cache');
  });

  it.each(cases)('%s', (_, text, message, line) => {
    const found = problem(text);
    expect(found.message).toBe(message);
    expect(found.line).toBe(line);
    // Every error comes with one Korean sentence, never the generic fallback for these.
    expect(found.explanation).toMatch(/[가-힣]/);
    expect(found.explanation).not.toContain('표시된 줄을 확인해 보세요');
  });

  it('prints the source excerpt Docker shows above the error: two lines either side, the line marked', () => {
    const text = 'FROM alpine\nWORKDIR /app\nRUN ls\nRUNN echo hi\nCMD ["sh"]\nEXPOSE 80\n';
    expect(sourceSnippet(text, 4, 4)).toEqual([
      'Dockerfile:4',
      '--------------------',
      '   2 |     WORKDIR /app',
      '   3 |     RUN ls',
      '   4 | >>> RUNN echo hi',
      '   5 |     CMD ["sh"]',
      '   6 |     EXPOSE 80',
      '--------------------',
    ]);
    expect(sourceSnippet('FROM a\nRUN x \\\n  y\nCMD z\n', 2, 3)).toEqual([
      'Dockerfile:2',
      '--------------------',
      '   1 |     FROM a',
      '   2 | >>> RUN x \\',
      '   3 | >>>   y',
      '   4 |     CMD z',
      '--------------------',
    ]);
  });
});
