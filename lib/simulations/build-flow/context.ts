import { recipe, rubyVersion } from './recipe';

// The build context: the files of the chapter's Rails app that `docker build .` sends to BuildKit.
// The four a reader can edit are spelled out; the rest of a `rails new` app stands behind them as
// paths with sizes only, so `COPY . .` copies a whole app and a COPY of a path that is not there
// fails as it does in Docker. Gemfile and Gemfile.lock are shortened to the lines that matter here.

export type BuildContext = Readonly<Record<string, string>>;

export const dockerfilePath = 'Dockerfile';
export const appFilePath = 'app/controllers/pages_controller.rb';

const gemfile = `source "https://rubygems.org"

gem "rails", "~> 8.1"
gem "pg", "~> 1.6"
gem "puma", ">= 5.0"
gem "propshaft"
gem "importmap-rails"
gem "turbo-rails"
gem "bootsnap", require: false
`;

const gemfileLock = `GEM
  remote: https://rubygems.org/
  specs:
    bootsnap (1.18.6)
    importmap-rails (2.2.2)
    pg (1.6.2)
    propshaft (1.3.1)
    puma (7.1.0)
    rails (8.1.1)
    turbo-rails (2.0.20)

PLATFORMS
  x86_64-linux

DEPENDENCIES
  bootsnap
  importmap-rails
  pg (~> 1.6)
  propshaft
  puma (>= 5.0)
  rails (~> 8.1)
  turbo-rails
`;

const appCode = (revision: number) => `class PagesController < ApplicationController
  def home
    @greeting = "${revision === 0 ? '안녕하세요' : `안녕하세요 (고친 횟수 ${revision})`}"
  end
end
`;

/** The editable files, in the editor's order; the Dockerfile is the chapter's, one instruction a line. */
export const initialFiles: BuildContext = {
  [dockerfilePath]: `${recipe.map((instruction) => instruction.text(0)).join('\n')}\n`,
  Gemfile: gemfile,
  'Gemfile.lock': gemfileLock,
  [appFilePath]: appCode(0),
};

export const editablePaths: readonly string[] = Object.keys(initialFiles);

/** The rest of the app, which the reader does not edit: path → bytes (3 MB in all, as in recipe.ts). */
export const otherFiles: Readonly<Record<string, number>> = {
  'bin/rails': 141,
  'config.ru': 160,
  Rakefile: 227,
  'app/views/pages/home.html.erb': 48,
  'app/assets/stylesheets/application.css': 1_200,
  'config/routes.rb': 120,
  'config/database.yml': 2_400,
  'config/application.rb': 1_100,
  'public/icon.png': 4_166,
  'vendor/javascript/turbo.min.js': 2_989_000,
};

/**
 * The app's .dockerignore (as `rails new` writes it) leaves these out of what COPY can see: the
 * Dockerfile itself among them, so editing a CMD does not bust the cache of `COPY . .`.
 */
export const dockerignored: readonly RegExp[] = [/^Dockerfile/, /^\.dockerignore$/, /^\.git\//, /^log\//, /^tmp\//];

/** Every path COPY can see in the context, sorted. */
export function contextPaths(files: BuildContext): string[] {
  return [...new Set([...Object.keys(files), ...Object.keys(otherFiles)])]
    .filter((path) => !dockerignored.some((pattern) => pattern.test(path)))
    .sort();
}

export const fileBytes = (files: BuildContext, path: string) =>
  Object.hasOwn(files, path) ? new TextEncoder().encode(files[path]).length : (otherFiles[path] ?? 0);

// The edit buttons beside the lines (and scene links' `e<line>` tokens) are edits of these files.
/** The base image line the Ruby button switches between 3.4 and 3.3. */
export const rubyFrom = /^FROM ruby:(\S+)-slim-trixie$/i;

const gems = ['image_processing', 'kaminari', 'pundit', 'sidekiq', 'rack-attack'];

/**
 * The file change the edit button of recipe line `line` makes at its `revision`-th press, or null when
 * the files no longer have what the button changes (the reader rewrote that line).
 */
export function presetEdit(files: BuildContext, line: number, revision: number): BuildContext | null {
  const edit = recipe[line]?.edit?.label;
  if (line === 0 && edit) {
    const lines = (files[dockerfilePath] ?? '').split('\n');
    const at = lines.findIndex((text) => rubyFrom.test(text.trim()));
    if (at === -1) return null;
    const now = rubyFrom.exec((lines[at] as string).trim())?.[1];
    lines[at] = `FROM ruby:${now === rubyVersion(0) ? rubyVersion(1) : rubyVersion(0)}-slim-trixie`;
    return { ...files, [dockerfilePath]: lines.join('\n') };
  }
  if (line === 3 && edit) {
    const gem = gems[(revision - 1) % gems.length] ?? '';
    return { ...files, Gemfile: `${files.Gemfile ?? ''}gem "${gem}"\n` };
  }
  if (line === 5 && edit) return { ...files, [appFilePath]: appCode(revision) };
  return null;
}
