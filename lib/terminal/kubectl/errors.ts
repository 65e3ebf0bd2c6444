import { API_NAME, type Kind } from './resources';
import { failure, type Result } from './output';

// The errors several commands share, word for word as kubectl prints them, each with its Korean line.

export function notFound(kind: Kind, name: string): Result {
  const korean =
    kind === 'pods'
      ? `이름이 ${name}인 파드가 없습니다. 파드 이름은 만들 때마다 바뀌니 kubectl get pods로 지금 이름을 확인하고, Tab으로 이름을 채워 보세요.`
      : `이름이 ${name}인 오브젝트가 없습니다. kubectl get ${kind === 'hpa' ? 'hpa' : kind}로 있는 이름을 확인해 보세요.`;
  return failure(`Error from server (NotFound): ${API_NAME[kind]} "${name}" not found`, korean);
}

export function unknownType(word: string): Result {
  return failure(
    `error: the server doesn't have a resource type "${word}"`,
    `"${word}"라는 리소스 종류는 없습니다. 오타인지 확인하세요(pods, deployments, services, nodes 같은 이름이나 po, deploy, svc, no 같은 줄임말). 전체 목록은 실제 클러스터에서 kubectl api-resources로 봅니다.`,
  );
}

/** pflag's error, as kubectl's flag error function wraps it. */
export function flagError(command: string, message: string): Result {
  const korean =
    message.startsWith('unknown flag') || message.startsWith('unknown shorthand')
      ? `kubectl ${command}에는 그런 옵션이 없습니다. 철자를 확인하거나 kubectl ${command} --help로 쓸 수 있는 옵션을 보세요.`
      : message.startsWith('flag needs an argument')
        ? '이 옵션에는 값이 필요합니다. 옵션 바로 뒤에 값을 적으세요(예: -n default, -l app=web).'
        : '옵션의 값이 형식에 맞지 않습니다. 숫자를 받는 옵션에는 숫자를 적으세요.';
  return failure(`error: ${message}\nSee 'kubectl ${command} --help' for usage.`, korean);
}

export const NO_RESOURCES_GIVEN = `error: You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`;

export function noResourcesGiven(): Result {
  return failure(
    NO_RESOURCES_GIVEN,
    '무엇에 할지 알려 주어야 합니다. 종류와 이름을 함께 적으세요(예: kubectl delete pod <파드 이름>).',
  );
}

export function noName(): Result {
  return failure(
    'error: resource(s) were provided, but no name was specified',
    '종류만 적고 이름이 없습니다. 종류 뒤에 이름을 적거나 deployment/web처럼 종류/이름으로 적으세요.',
  );
}
