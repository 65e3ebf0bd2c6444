import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expand, lex, type Lexed } from '@/lib/terminal/tokenize';

const env: Record<string, string> = { PWD: '/home/user/myapp', NAME: 'web', TWO: 'a  b', EMPTY: '' };
const words = (input: string) => {
  const lexed = lex(input);
  if (lexed.kind !== 'commands') throw new Error(`not commands: ${lexed.kind}`);
  return lexed.commands.map((command) => expand(command, { lookup: (name) => env[name], home: '/home/user' }));
};
const errorText = (lexed: Lexed) =>
  lexed.kind === 'error' ? lexed.output.map((line) => `${line.stream}: ${line.text}`) : lexed.kind;

describe('lex and expand read a line as bash does', () => {
  it('splits on blanks and keeps quoted blanks', () => {
    expect(words('docker  run\t-d   nginx')).toEqual([['docker', 'run', '-d', 'nginx']]);
    expect(words(`echo 'a  b' "c  d" e\\ f`)).toEqual([['echo', 'a  b', 'c  d', 'e f']]);
    expect(words(`echo '' ""`)).toEqual([['echo', '', '']]);
    expect(words(`echo a'b'"c"`)).toEqual([['echo', 'abc']]);
  });

  it('expands variables outside single quotes only, and splits an unquoted value', () => {
    expect(words('echo $NAME ${NAME}s "$PWD":/work \'$NAME\'')).toEqual([
      ['echo', 'web', 'webs', '/home/user/myapp:/work', '$NAME'],
    ]);
    expect(words('echo $TWO "$TWO"')).toEqual([['echo', 'a', 'b', 'a  b']]);
    expect(words('echo $EMPTY $UNSET "$EMPTY"')).toEqual([['echo', '']]);
    expect(words('echo $ a$ "$"')).toEqual([['echo', '$', 'a$', '$']]);
    expect(words('cd ~ ~/myapp a~')).toEqual([['cd', '/home/user', '/home/user/myapp', 'a~']]);
  });

  it('keeps a backslash in double quotes unless it escapes $ ` " \\', () => {
    expect(words('echo "a\\$b \\"q\\" \\\\ \\n"')).toEqual([['echo', 'a$b "q" \\ \\n']]);
  });

  it('joins a backslash-newline continuation and asks for more at an open quote or a trailing \\ or &&', () => {
    expect(words('docker run \\\n  -d nginx')).toEqual([['docker', 'run', '-d', 'nginx']]);
    expect(lex('docker run \\').kind).toBe('incomplete');
    expect(lex('echo "open').kind).toBe('incomplete');
    expect(lex("echo 'open").kind).toBe('incomplete');
    expect(lex('cd myapp &&').kind).toBe('incomplete');
    expect(words('echo "two\nlines"')).toEqual([['echo', 'two\nlines']]);
  });

  it('drops comments and chains with &&', () => {
    expect(words('# only a comment')).toEqual([]);
    expect(words('docker ps # list them')).toEqual([['docker', 'ps']]);
    expect(words('echo a#b')).toEqual([['echo', 'a#b']]);
    expect(words('cd myapp && docker build -t myapp .')).toEqual([
      ['cd', 'myapp'],
      ['docker', 'build', '-t', 'myapp', '.'],
    ]);
  });

  it("gives bash's syntax errors, and says plainly what this terminal does not run", () => {
    expect(errorText(lex('&& ls'))).toEqual([
      "stderr: bash: syntax error near unexpected token `&&'",
      expect.stringMatching(/^hint: /),
    ]);
    expect(errorText(lex('| ls'))[0]).toBe("stderr: bash: syntax error near unexpected token `|'");
    expect(errorText(lex('ls )'))[0]).toBe("stderr: bash: syntax error near unexpected token `)'");
    expect(errorText(lex('echo ${a b}'))[0]).toBe('stderr: bash: ${a b}: bad substitution');
    for (const line of ['docker ps | grep web', 'ls; ls', 'echo hi > f', 'sleep 1 & ls', 'echo $(date)', 'echo `date`', 'a || b'])
      expect(errorText(lex(line))).toEqual([expect.stringMatching(/^hint: 이 연습용 터미널은 .+을 지원하지 않습니다/)]);
  });

  it('runs the last command of a line that ends with & in the background', () => {
    const lexed = lex('kubectl port-forward service/web 8080:80 &');
    expect(lexed).toMatchObject({ kind: 'commands', background: true });
    expect(lexed.kind === 'commands' && lexed.commands).toHaveLength(1);
    expect(lex('ls && sleep 1 &  # later')).toMatchObject({ kind: 'commands', background: true });
    expect(lex('ls')).not.toHaveProperty('background');
    expect(errorText(lex('& ls'))[0]).toBe("stderr: bash: syntax error near unexpected token `&'");
  });

  it('never throws on any line', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab $"\'\\{}#&|;<>()`~\n=-'.split('')), maxLength: 40 }), (line) => {
        const lexed = lex(line);
        if (lexed.kind === 'commands')
          for (const command of lexed.commands) expand(command, { lookup: (name) => env[name], home: '/home/user' });
        expect(['commands', 'incomplete', 'error']).toContain(lexed.kind);
      }),
      { numRuns: 2000 },
    );
  });
});
