import { combineHandlers, type PartialHandlers } from '../ipc/handlers';
import type { ServiceContext } from './context';
import { agendaHandlers } from './agenda';
import { boardHandlers } from './boards';
import { nextStepHandlers } from './next-steps';
import { presenterHandlers } from './presenter';
import { sharingHandlers } from './sharing';
import { settingsHandlers } from './settings';
import { templateHandlers } from './templates';
import { timerHandlers } from './timer';
import { votingHandlers } from './voting';
import { workshopHandlers } from './workshops';

/** Every domain's handlers; each domain adds its group here. */
export function domainHandlers(ctx: ServiceContext): PartialHandlers {
  return combineHandlers(
    settingsHandlers(ctx),
    workshopHandlers(ctx),
    agendaHandlers(ctx),
    timerHandlers(ctx),
    templateHandlers(ctx),
    presenterHandlers(ctx),
    boardHandlers(ctx),
    votingHandlers(ctx),
    sharingHandlers(ctx),
    nextStepHandlers(ctx),
  );
}
