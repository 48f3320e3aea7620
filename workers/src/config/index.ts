export { HarvestConfig, HostLimit, defaultConfig, type HarvestConfigInput } from './harvest-config.ts';
export { OPTION_DOCS, type OptionDoc } from './option-docs.ts';
export { loadConfig, configFromEnvironment, CONFIG_FILE_ENV, DEFAULT_CONFIG_FILE, RESOLVED_CONFIG_ENV, type LoadConfigOptions } from './load-config.ts';
export { ConfigError } from './config-error.ts';
export { optionsMarkdownTable } from './config-markdown.ts';
