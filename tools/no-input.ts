import { z } from 'zod';

/** The input of a tool that takes no arguments (MCP still wants an object schema). */
export const noInput = z.object({}).describe('No arguments');
