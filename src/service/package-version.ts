import packageJson from '../../package.json' with { type: 'json' };

/** The running service's version, as /api/health and the OpenAPI document report it. */
export const packageVersion: string = packageJson.version;
