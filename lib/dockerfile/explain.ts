// One Korean line for each error BuildKit can print here: what happened and what to try. Matched on
// BuildKit's own words, so the English line above it stays exactly as Docker prints it.

const rules: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  [
    /unknown instruction: (\S+)(?: \(did you mean (\S+)\?\))?/,
    (m) =>
      m[2]
        ? `${m[1]}라는 명령(인스트럭션)은 없습니다. ${m[2]}의 오타인 듯합니다.`
        : `${m[1]}라는 명령(인스트럭션)은 없습니다. 줄의 첫 단어는 FROM, RUN, COPY 같은 Dockerfile 명령이어야 합니다.`,
  ],
  [/the Dockerfile cannot be empty/, () => 'Dockerfile이 비어 있습니다. 적어도 FROM 한 줄은 있어야 빌드할 수 있습니다.'],
  [/file with no instructions/, () => 'Dockerfile에 주석만 있고 명령이 하나도 없습니다. FROM부터 적어 보세요.'],
  [
    /dockerfile contains no stages to build|no build stage in current context/,
    () => '첫 명령은 FROM이어야 합니다(그 앞에는 ARG만 올 수 있습니다). 베이스 이미지를 고르는 FROM 줄을 맨 위에 두세요.',
  ],
  [
    /FROM requires either one or three arguments/,
    () => 'FROM 뒤에는 이미지 이름 하나, 또는 "이미지 AS 단계이름"처럼 세 단어만 옵니다.',
  ],
  [/invalid name for build stage/, () => '단계 이름(AS 뒤)은 영문 소문자로 시작하고 영문, 숫자, -, _, . 만 쓸 수 있습니다.'],
  [
    /(\w+) requires at least two arguments/,
    (m) => `${m[1]}에는 복사할 파일과 복사될 곳(목적지) 두 가지가 필요한데 하나만 적혀 있습니다.`,
  ],
  [/(\w+) requires exactly one argument/, (m) => `${m[1]} 뒤에는 값을 하나만 적습니다.`],
  [/(\w+) requires at least one argument/, (m) => `${m[1]} 뒤에 값이 빠졌습니다.`],
  [/(\w+) requires the arguments to be in JSON form/, (m) => `${m[1]}은 ["/bin/sh", "-c"]처럼 JSON 배열로만 적을 수 있습니다.`],
  [/(\w+) must have two arguments/, (m) => `${m[1]}에는 이름과 값이 함께 있어야 합니다(예: ${m[1]} NAME=value).`],
  [/can't find = in/, () => '이름=값 꼴로 적어야 합니다. 값에 빈칸이 있으면 따옴표로 감싸세요.'],
  [/names can not be blank/, () => '= 앞의 이름이 비어 있습니다.'],
  [
    /unknown flag: (\S+)(?: \(did you mean (\S+)\?\))?/,
    (m) => (m[2] ? `${m[1]} 옵션은 없습니다. --${m[2]}의 오타인 듯합니다.` : `이 명령에는 ${m[1]} 옵션이 없습니다.`),
  ],
  [/missing a value on flag: (\S+)/, (m) => `${m[1]} 옵션에 값이 빠졌습니다(예: ${m[1]}=값).`],
  [/duplicate flag specified/, () => '같은 옵션을 두 번 적었습니다.'],
  [/expecting boolean value/, () => '이 옵션의 값은 true 또는 false입니다.'],
  [/arg should start with --/, () => '옵션은 --로 시작해야 합니다.'],
  [/arrays must be comprised of strings only/, () => 'JSON 배열의 항목은 모두 따옴표로 감싼 문자열이어야 합니다.'],
  [/only one (\w+) parser directive/, (m) => `파일 맨 위의 # ${m[1]}= 지시어는 한 번만 쓸 수 있습니다.`],
  [/invalid escape token/, () => '# escape= 지시어에는 \\ 또는 ` 만 쓸 수 있습니다.'],
  [
    /base name \(.*\) should not be blank/,
    () => 'FROM의 이미지 이름이 변수로 되어 있는데 그 ARG에 값이 없습니다. ARG에 기본값을 주세요.',
  ],
  [
    /cannot copy from stage "(.*)", it needs to be defined before/,
    (m) => `COPY --from=${m[1]}는 위쪽(먼저)에 있는 단계에서만 가져올 수 있습니다. 단계 순서를 바꾸세요.`,
  ],
  [
    /circular dependency detected/,
    () => '단계가 자기 자신(또는 서로)에게서 파일을 가져오고 있습니다. COPY --from의 단계 이름을 확인하세요.',
  ],
  [
    /failed to calculate checksum of ref .*: "(.*)": not found/,
    (m) =>
      `빌드 컨텍스트(빌드하는 폴더)에 ${(m[1] ?? '').replace(/^\//, '')} 파일이 없습니다. 파일 이름과 위치를 확인하세요. COPY는 컨텍스트 밖의 파일을 가져오지 못합니다.`,
  ],
  [
    /pull access denied, repository does not exist/,
    () => '그런 이미지가 레지스트리에 없습니다(또는 비공개입니다). 이미지 이름의 철자를 확인하세요.',
  ],
  [/: not found$/, () => '이미지는 있지만 그 태그가 없습니다. Docker Hub에서 있는 태그를 확인하세요.'],
];

export function explain(message: string): string {
  for (const [pattern, say] of rules) {
    const match = pattern.exec(message);
    if (match) return say(match);
  }
  return 'Dockerfile을 읽지 못했습니다. 표시된 줄을 확인해 보세요.';
}
