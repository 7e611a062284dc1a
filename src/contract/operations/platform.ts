import { exportVideoQuery, health, modelsStatus, openApiDocument } from '../schemas/platform.ts';
import { defineOperation } from './operation-definition.ts';

export const getModelsStatus = defineOperation({
  name: 'get_models_status',
  method: 'GET',
  path: '/api/models/status',
  auth: false,
  rateClass: 'default',
  spendsCredits: false,
  input: {},
  output: modelsStatus,
  response: { kind: 'json' },
  envelope: 'data',
  errors: [],
  summary: 'List the AI capabilities available (text, image, video, voice)',
  description:
    'Returns, for text, image, video and voice, whether it is available, whether it runs offline or through a ' +
    'configured provider (never named), and the model ids to pass in the launch "models" field. ' +
    'No authentication. Free and instant.',
  tags: ['Platform'],
  source: 'seed',
});

export const getHealth = defineOperation({
  name: 'get_health',
  method: 'GET',
  path: '/api/health',
  auth: false,
  rateClass: 'default',
  spendsCredits: false,
  input: {},
  output: health,
  response: { kind: 'json' },
  envelope: 'data',
  errors: ['unavailable'],
  summary: 'Check that the service is up',
  description: 'Returns the service status and version, for monitors and load balancers. No authentication. Free and instant.',
  tags: ['Platform'],
  source: 'seed',
});

export const exportVideo = defineOperation({
  name: 'export_video',
  method: 'GET',
  path: '/api/export',
  auth: true,
  rateClass: 'default',
  spendsCredits: false,
  input: { query: exportVideoQuery },
  output: null,
  response: { kind: 'binary', contentType: 'video/mp4' },
  envelope: 'none',
  errors: ['not_found', 'payload_too_large', 'bad_gateway'],
  summary: 'Download a generated video as MP4',
  description:
    'Downloads a generated video as an MP4 file. The source is one of this server\'s media links (for example a ' +
    'result\'s videoUrl, served from its own storage: 404 once the link has expired) or an HTTPS URL on an allowed ' +
    'domain (400 otherwise, naming the allowed hosts); private, loopback and link-local addresses are refused (403), ' +
    'after DNS resolution and after every redirect. The file must be an MP4 (502 when the server answers with an ' +
    'error or something else) within the size limit (413). Free; takes as long as the file takes to transfer.',
  tags: ['Platform'],
  source: 'seed',
});

export const getOpenApiDocument = defineOperation({
  name: 'get_openapi_document',
  method: 'GET',
  path: '/openapi.json',
  auth: false,
  rateClass: 'default',
  spendsCredits: false,
  input: {},
  output: openApiDocument,
  response: { kind: 'json' },
  envelope: 'none',
  errors: [],
  summary: 'Get the OpenAPI 3.1 document of this API',
  description:
    'Returns the OpenAPI 3.1 description of every route, generated from the schemas that validate requests, ' +
    'for code generators and API tools. Served as is, outside the { success, data } envelope. No authentication. Free.',
  tags: ['Platform'],
  source: 'seed',
});

export const platformOperations = [getModelsStatus, getHealth, exportVideo, getOpenApiDocument] as const;
