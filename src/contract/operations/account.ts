import { analyticsQuery, userAnalytics } from '../schemas/analytics.ts';
import { creditBalance } from '../schemas/credits.ts';
import { projectList } from '../schemas/projects.ts';
import { statsQuery, userStats } from '../schemas/stats.ts';
import { defineOperation } from './operation-definition.ts';

export const getCredits = defineOperation({
  name: 'get_credits',
  method: 'GET',
  path: '/api/user/credits',
  auth: true,
  rateClass: 'default',
  spendsCredits: false,
  input: {},
  output: creditBalance,
  response: { kind: 'json' },
  envelope: 'data',
  errors: [],
  summary: 'Get the credit balance',
  description:
    'Returns the credits available now, the plan and, on a trial, when it ends. Check it before launching an expensive ' +
    'workflow (brand costs 15 standard, 25 premium) or a batch. Free and instant.',
  tags: ['Account'],
  source: 'seed',
});

export const getStats = defineOperation({
  name: 'get_stats',
  method: 'GET',
  path: '/api/user/stats',
  auth: true,
  rateClass: 'default',
  spendsCredits: false,
  input: { query: statsQuery },
  output: userStats,
  response: { kind: 'json' },
  envelope: 'data',
  errors: [],
  summary: 'Get usage statistics, optionally between two dates',
  description:
    'Returns projects by workflow type, credits used and refunded, and the success rate, over all time or between ' +
    'startDate and endDate (YYYY-MM-DD, both inclusive). Use it for totals over an exact range; for daily trends and ' +
    'peak hours use get_analytics. Free.',
  tags: ['Account'],
  source: 'seed',
});

export const getAnalytics = defineOperation({
  name: 'get_analytics',
  method: 'GET',
  path: '/api/user/analytics',
  auth: true,
  rateClass: 'default',
  spendsCredits: false,
  input: { query: analyticsQuery },
  output: userAnalytics,
  response: { kind: 'json' },
  envelope: 'data',
  errors: [],
  summary: 'Get usage analytics over the last 7, 30 or 90 days',
  description:
    'Returns daily trends, usage by workflow type, how credits were distributed across types and the peak hours of ' +
    'activity, over the last 7, 30 (default) or 90 days. Use get_stats for totals between exact dates. Free.',
  tags: ['Account'],
  source: 'seed',
});

export const listProjects = defineOperation({
  name: 'list_projects',
  method: 'GET',
  path: '/api/user/projects',
  auth: true,
  rateClass: 'default',
  spendsCredits: false,
  input: {},
  output: projectList,
  response: { kind: 'json' },
  envelope: 'data',
  errors: [],
  summary: 'List every project, newest first',
  description:
    'Returns every project of the account (one per launched job), newest first, with its type, state, cost and links ' +
    'to its video. Use it to find past work; for the steps and files of one job use get_workflow. Free.',
  tags: ['Account'],
  source: 'seed',
});

export const exportProjects = defineOperation({
  name: 'export_projects',
  method: 'GET',
  path: '/api/user/projects/export',
  auth: true,
  rateClass: 'default',
  spendsCredits: false,
  input: {},
  output: null,
  response: { kind: 'binary', contentType: 'application/zip' },
  envelope: 'none',
  errors: [],
  summary: 'Download all projects as a ZIP',
  description:
    'Downloads a ZIP archive of every project of the account, streamed as it is written: per project a folder with ' +
    'project.json (status, brief, credits, timestamps, result), its script and storyboard, and its videos, posters, ' +
    'captions and images; index.json and README.txt at the root list them. ' +
    'Free, but it can be large and take a while for an account with many videos; to fetch one video use export_video.',
  tags: ['Account'],
  source: 'seed',
});

export const accountOperations = [getCredits, getStats, getAnalytics, listProjects, exportProjects] as const;
