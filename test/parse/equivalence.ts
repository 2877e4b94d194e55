import type { Image } from '@dockerdsl/core';
import { splitShellChain } from '@dockerdsl/core/tooling';

const bareHeredoc = /^<<[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * An image as plain data, for comparing what two files mean rather than how they are laid out.
 * Two differences the Dockerfile printer is allowed to make are folded away:
 * - a long shell-form RUN is re-wrapped at its top-level `&&`/`||`/`;`, so the white space
 *   around those separators may change: commands compare as their separated parts;
 * - a shell command Docker would misread on one line (a leading `[`, a line break) is written
 *   as `RUN <<EOF` with the command as the body: a lone unquoted heredoc compares as its body.
 * - `# escape=\` is the default, which the printer leaves out: it compares as no directive.
 * With `comments: false`, comments are left out (an import keeps them as TypeScript comments).
 */
export function comparable(image: Image | undefined, options: { comments?: boolean } = {}): unknown {
  const keepComments = options.comments !== false;
  return JSON.parse(
    JSON.stringify(image, (key, value: unknown) => {
      // `# escape=\` is the default, which the printer does not write out.
      if (key === 'directives' && value && typeof value === 'object') {
        const { escape, ...rest } = value as { escape?: string };
        const kept = escape === '\\' ? rest : value;
        return Object.keys(kept).length > 0 ? kept : undefined;
      }
      if (!keepComments && key === 'comment') return undefined;
      if (!keepComments && key === 'steps' && Array.isArray(value)) return value.filter((s: { kind?: string }) => s.kind !== 'comment');
      if (!value || typeof value !== 'object' || (value as { kind?: unknown }).kind !== 'run') return value;
      const run = value as { command: unknown; heredocs?: Array<{ body: string; quoted?: boolean; stripTabs?: boolean }> };
      if (typeof run.command !== 'string') return value;
      const doc = run.heredocs?.length === 1 ? run.heredocs[0]! : undefined;
      if (doc && bareHeredoc.test(run.command) && !doc.quoted && !doc.stripTabs && !doc.body.includes('\n')) {
        const { heredocs: _docs, ...rest } = run;
        return { ...rest, command: splitShellChain(doc.body) };
      }
      return run.heredocs ? value : { ...run, command: splitShellChain(run.command) };
    }),
  );
}
