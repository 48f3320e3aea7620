/** The options table of `config/README.md`, generated from the schema defaults and OPTION_DOCS. */
import { defaultConfig } from './harvest-config.ts';
import { OPTION_DOCS } from './option-docs.ts';

export function optionsMarkdownTable(): string {
  const defaults = defaultConfig() as unknown as Record<string, Record<string, unknown>>;
  const lines = ['| option | environment | default | meaning |', '| --- | --- | --- | --- |'];
  for (const doc of OPTION_DOCS) {
    const [group, key] = doc.path.split('.') as [string, string];
    lines.push(`| \`${doc.path}\` | \`${doc.env}\` | \`${JSON.stringify(defaults[group]![key])}\` | ${doc.doc} |`);
  }
  return lines.join('\n') + '\n';
}
