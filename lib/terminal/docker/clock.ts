// Simulated time is milliseconds since the terminal opened; log lines stamp it onto a fixed
// moment (1 December 2026, 12:00 UTC) so the same commands always print the same lines.

const epoch = Date.UTC(2026, 11, 1, 12, 0, 0);

const pad = (value: number) => String(value).padStart(2, '0');

/** nginx's error-log stamp: "2026/12/01 12:00:05". */
export function nginxTime(now: number): string {
  const date = new Date(epoch + now);
  return `${date.getUTCFullYear()}/${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** nginx's access-log stamp: "01/Dec/2026:12:00:05 +0000". */
export function accessTime(now: number): string {
  const date = new Date(epoch + now);
  return `${pad(date.getUTCDate())}/${months[date.getUTCMonth()]}/${date.getUTCFullYear()}:${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}
