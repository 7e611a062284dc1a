import { createOpenAI } from '@ai-sdk/openai';
import type { LanguageModel } from 'ai';
import type { Config } from '../config.ts';

/**
 * The text model the copy step asks for structured scripts, when one is configured. Any
 * OpenAI-compatible endpoint works (OpenAI itself, a gateway, a local server), chosen by config.
 */
export function textModelFrom(config: Config): LanguageModel | undefined {
  if (!config.textModel) return undefined;
  const { model, apiKey, baseUrl } = config.textModel;
  const provider = createOpenAI({ ...(apiKey ? { apiKey } : {}), ...(baseUrl ? { baseURL: baseUrl } : {}) });
  // Chat completions is what OpenAI-compatible servers implement; the Responses API is OpenAI-only.
  return provider.chat(model);
}
