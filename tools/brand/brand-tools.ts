import type { ToolDefinition } from '../tool-definition.ts';
import { getBrandTool } from './get-brand.ts';
import { saveBrandTool } from './save-brand.ts';

export const brandTools: ToolDefinition[] = [getBrandTool, saveBrandTool];
