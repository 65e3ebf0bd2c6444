import type { Refusal } from './engine-rules';

// The daemon's words for each refusal (moby: daemon/names.go, daemon/delete.go,
// daemon/images/image_delete.go, daemon/containerd/image_pull.go, distribution/errors.go) and
// the Korean line under them.

export function refusalText(refusal: Refusal): { message: string; hint: string } {
  switch (refusal.code) {
    case 'pull-denied':
      return {
        message: `Error response from daemon: pull access denied for ${refusal.repository}, repository does not exist or may require 'docker login'`,
        hint: `Docker Hub에서 ${refusal.repository} 이미지를 찾지 못했거나, 로그인해야 받을 수 있는 비공개 저장소입니다. 이름의 철자를 확인하고, 비공개 저장소라면 docker login 명령으로 로그인한 뒤 다시 시도해 보세요.`,
      };
    case 'tag-not-found': {
      const [repository = '', tag = ''] = refusal.name.split(/:(?=[^:]*$)/);
      const path = repository.includes('/') ? repository : `library/${repository}`;
      return {
        message: `Error response from daemon: failed to resolve reference "docker.io/${path}:${tag}": docker.io/${path}:${tag}: not found`,
        hint: `${repository} 저장소는 있지만 ${tag} 태그가 없습니다(manifest unknown). Docker Hub의 Tags 탭에서 있는 태그를 골라 다시 받아 보세요.`,
      };
    }
    case 'name-in-use':
      return {
        message: `Error response from daemon: Conflict. The container name "/${refusal.name}" is already in use by container "${refusal.holder}". You have to remove (or rename) that container to be able to reuse that name.`,
        hint: `이름이 ${refusal.name}인 컨테이너가 이미 있습니다. 멈춘 컨테이너도 이름을 차지합니다. docker rm ${refusal.name} 명령으로 지우거나 --name에 다른 이름을 주세요.`,
      };
    case 'no-such-container':
      return {
        message: `Error response from daemon: No such container: ${refusal.name}`,
        hint: `이름이나 ID가 ${refusal.name}인 컨테이너가 없습니다. docker ps -a 명령으로 있는 컨테이너의 이름을 확인해 보세요.`,
      };
    case 'no-such-image':
      return {
        message: `Error response from daemon: No such image: ${refusal.name}`,
        hint: `이 컴퓨터에 ${refusal.name} 이미지가 없습니다. docker images 명령으로 있는 이미지를 확인하거나 먼저 docker pull 명령으로 받아 보세요.`,
      };
    case 'container-running':
      return {
        message: `Error response from daemon: cannot remove container "${refusal.name}": container is running: stop the container before removing or force remove`,
        hint: `실행 중인 컨테이너는 지울 수 없습니다. docker stop ${refusal.name} 명령으로 먼저 멈추거나, docker rm -f ${refusal.name} 명령으로 멈추면서 지우세요.`,
      };
    case 'image-in-use':
      return {
        message: `Error response from daemon: conflict: unable to remove repository reference "${refusal.name}" (must force) - container ${refusal.container} is using its referenced image ${refusal.image}`,
        hint: `이 이미지로 만든 컨테이너(${refusal.container})가 아직 있어서 지울 수 없습니다. 멈춘 컨테이너도 이미지를 붙잡습니다. docker container prune 명령이나 docker rm 명령으로 컨테이너를 먼저 지우세요.`,
      };
    case 'push-denied':
      return {
        message: 'denied: requested access to the resource is denied',
        hint: '이 저장소에 올릴 권한이 없습니다. docker login 명령으로 로그인했는지, 이미지 이름이 내 계정(또는 팀) 이름/저장소 형태인지 확인하세요. 공식 이미지나 다른 사람의 이름으로는 올릴 수 없습니다.',
      };
    case 'nothing':
      return { message: '', hint: '' };
  }
}
