/** What a live panel may do: ask the rules, and send the reader's event. The still figure has none. */
export type Controls<E> = {
  can: (event: E) => boolean;
  send: (event: E) => void;
};
