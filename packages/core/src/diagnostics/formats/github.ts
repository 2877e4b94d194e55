import { formatPath, type Diagnostic } from '../diagnostic.js';
import { relativePath } from './relative-path.js';

const level = { error: 'error', warning: 'warning', info: 'notice' } as const;

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Diagnostics as GitHub Actions workflow commands, which show as annotations on the lines.
 *
 * @example
 * formatGithub(diagnostics); // '::warning file=Dockerfile,line=1,col=1,title=DSL3007 LatestTag::base image …'
 */
export function formatGithub(diagnostics: readonly Diagnostic[], cwd = process.cwd()): string {
  return diagnostics
    .map((d) => {
      const props = [];
      if (d.source) {
        props.push(`file=${escapeProperty(relativePath(d.source.file, cwd))}`, `line=${d.source.line}`, `col=${d.source.column}`);
        if (d.source.endLine !== undefined) props.push(`endLine=${d.source.endLine}`);
      }
      props.push(`title=${escapeProperty(`${d.code} ${d.rule}`)}`);
      let message = d.message;
      if (d.path.length > 0) message += `\n→ at ${formatPath(d.path)}`;
      if (d.hint) message += `\nhint: ${d.hint}`;
      return `::${level[d.severity]} ${props.join(',')}::${escapeData(message)}\n`;
    })
    .join('');
}
