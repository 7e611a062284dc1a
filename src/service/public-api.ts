import type { CinematicAds } from '../contract/interface.ts';
import type { ResultOf } from '../contract/operations.ts';
import { buildOpenApiDocument } from '../contract/openapi.ts';
import type { KeyValueStore } from '../store/key-value-store.ts';
import { modelsStatus } from './models-status.ts';
import { packageVersion } from './package-version.ts';
import type { ServiceSettings } from './service-settings.ts';

export type PublicApi = Pick<CinematicAds, 'getHealth' | 'getModelsStatus' | 'getOpenapiDocument'>;

/** A store that does not answer a read within this long makes the service "degraded". */
const storeProbeMs = 2000;

/** The operations that need no account. */
export function createPublicApi(deps: { store: KeyValueStore; settings: ServiceSettings; publicUrl: string }): PublicApi {
  return {
    async getHealth() {
      return { status: (await storeAnswers(deps.store)) ? 'ok' : 'degraded', version: packageVersion };
    },
    getModelsStatus: () => modelsStatus(deps.settings),
    async getOpenapiDocument() {
      return buildOpenApiDocument({ version: packageVersion, serverUrl: deps.publicUrl }) as ResultOf<'get_openapi_document'>;
    },
  };
}

async function storeAnswers(store: KeyValueStore): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), storeProbeMs);
  });
  const read = store.get('health:probe').then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([read, late]);
  } finally {
    clearTimeout(timer);
  }
}
