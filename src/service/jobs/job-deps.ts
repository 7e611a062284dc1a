import type { AccountEvents } from '../events/account-events.ts';
import type { JobEventLog } from '../events/job-event-log.ts';
import type { MediaLinks } from '../media/media-links.ts';
import type { CreditLedger } from '../service-ports.ts';
import type { ServiceSettings } from '../service-settings.ts';
import type { JobRepository } from './job-repository.ts';

/** What the job layer is built from; the composition (service.ts) wires one of these. */
export interface JobDeps {
  jobs: JobRepository;
  events: JobEventLog;
  accountEvents: AccountEvents;
  ledger: CreditLedger;
  links: MediaLinks;
  settings: ServiceSettings;
  now: () => Date;
}
