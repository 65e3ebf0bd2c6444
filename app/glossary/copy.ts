// Shared by the page's metadata and its preview image.
export const glossaryTitle = '용어집';
export const glossaryDescription = '컨테이너 배움터에서 쓰는 도커와 쿠버네티스 용어를 영어 원어와 함께 한두 문장으로 풀이합니다.';
