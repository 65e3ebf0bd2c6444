import { themeStorageKey } from './theme';

// Runs in <head> before the first paint so the page never flashes the wrong theme. It mirrors
// resolveTheme(); storage may be blocked or hold junk, and either way the system setting is used.
export const themeScript = `(function(){var t;try{t=localStorage.getItem(${JSON.stringify(themeStorageKey)})}catch(e){}if(t!=="light"&&t!=="dark"){t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"}document.documentElement.dataset.theme=t})()`;
