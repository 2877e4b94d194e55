import { specObject } from './keys.js';

/**
 * A top-level `models` entry: a language model the platform runs for the project's services.
 *
 * @example
 * const m: AiModel = { model: 'ai/smollm2', contextSize: 4096 };
 */
export interface AiModel {
  model: string;
  name?: string;
  contextSize?: number;
  runtimeFlags?: string[];
  [extension: `x-${string}`]: unknown;
}

/**
 * How a service uses models: their keys, or per key the environment variables that receive the
 * model's endpoint and name.
 *
 * @example
 * const m: ServiceModels = { llm: { endpointVar: 'LLM_URL', modelVar: 'LLM_MODEL' } };
 */
export type ServiceModels = string[] | Record<string, { endpointVar?: string; modelVar?: string; [extension: `x-${string}`]: unknown } | null>;

/**
 * A top-level model as Compose YAML.
 *
 * @example
 * compileAiModel({ model: 'ai/smollm2', contextSize: 4096 }); // { model: 'ai/smollm2', context_size: 4096 }
 */
export function compileAiModel(model: AiModel): Record<string, unknown> {
  return specObject(model, ['model', 'name', 'context_size', 'runtime_flags']);
}

/**
 * A service's `models` as Compose YAML.
 *
 * @example
 * compileServiceModels({ llm: { endpointVar: 'LLM_URL' } }); // { llm: { endpoint_var: 'LLM_URL' } }
 */
export function compileServiceModels(models: ServiceModels): unknown {
  if (Array.isArray(models)) return [...models];
  return Object.fromEntries(Object.entries(models).map(([k, v]) => [k, v === null ? null : specObject(v, ['endpoint_var', 'model_var'])]));
}
