// The shared code editor's contract (components/editor/code-editor.tsx). The owner keeps the
// files: the editor shows them, reports every change and asks for the reset; it never validates.

export type EditorLanguage = 'dockerfile' | 'yaml' | 'ruby' | 'text';

export type EditorFile = {
  /** Shown on its tab and used as its key: "Dockerfile", "deployment.yaml". */
  name: string;
  value: string;
  language: EditorLanguage;
};

/** What is wrong with a file: the tool's own words, one Korean line, and the line they point at. */
export type EditorProblem = {
  /** 1-based line, or null when the problem is with the whole file. */
  line: number | null;
  /** The real tool's message, shown as it prints it (English). */
  message: string;
  /** One Korean line: what happened and what to try. */
  explanation: string;
};

export type CodeEditorProps = {
  /** The editor's accessible name, e.g. "빌드 컨텍스트 편집기". */
  label: string;
  /** One tab per file, in this order; with one file there are no tabs. */
  files: readonly EditorFile[];
  /** The name of the file shown. */
  active: string;
  onSelect: (name: string) => void;
  /** Every change of the shown file, as the reader types (native undo keeps working). */
  onChange: (name: string, value: string) => void;
  /** "처음 상태로": the owner puts the files back; enabled only when `changed`. */
  onReset: () => void;
  changed: boolean;
  /** Problems by file name; the shown file's one marks its line and describes the text box. */
  problems?: Readonly<Record<string, EditorProblem | null | undefined>>;
  /** While true the text is read-only and `readOnlyReason` says why (e.g. a build is reading it). */
  readOnly?: boolean;
  readOnlyReason?: string;
  /** One short line under the editor, e.g. that a file is shortened. */
  note?: string;
  /** Called when the reader leaves the text box: a moment to apply pending changes. */
  onBlur?: () => void;
};
