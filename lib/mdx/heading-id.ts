// Heading ids are written by hand next to the heading, react.dev style: `## 제목 {/*ascii-id*/}`.
// Readers share `#id` links, so an id must survive edits to the Korean wording; deriving it from the
// text would break every shared link on the first copy edit.
const explicitId = /^\/\*\s*([^*]*?)\s*\*\/$/;
const validId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseHeadingIdComment(expression: string): string | undefined {
  return explicitId.exec(expression.trim())?.[1];
}

export function isValidHeadingId(id: string): boolean {
  return validId.test(id);
}
