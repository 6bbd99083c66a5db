import type { ServiceMethods } from '../ipc/handlers';
import { stepAdd, stepRemove, stepsReorder, stepUpdate } from './agenda';
import { boardGet, boardRedo, boardUndo } from './boards/board';
import { cardCreate, cardDelete, cardMove, cardUpdate } from './boards/cards';
import {
  emotionSet,
  journeyCreate,
  journeyDelete,
  journeyUpdate,
  laneAdd,
  laneRemove,
  lanesReorder,
  laneUpdate,
  stageAdd,
  stageRemove,
  stageRename,
  stagesReorder,
} from './boards/journeys';
import {
  personaCreate,
  personaDelete,
  personaSetAvatar,
  personasReorder,
  personaUpdate,
  sectionAdd,
  sectionRemove,
  sectionsReorder,
  sectionUpdate,
} from './boards/personas';
import type { ServiceContext } from './context';
import { nextStepAdd, nextStepRemove, nextStepsList, nextStepsReorder, nextStepUpdate } from './next-steps';
import { presenterGet, presenterShow } from './presenter';
import { settingsGet, settingsUpdate } from './settings';
import { templateDelete, templateRename, templatesList, templateSaveFromWorkshop } from './templates';
import { timerCommand, timerGoTo } from './timer';
import {
  votingCandidates,
  votingCommentSet,
  votingItemAdd,
  votingItemRemove,
  votingItemUpdate,
  votingLaptopBallot,
  votingPhaseSet,
  votingProxyBallot,
  votingResults,
  votingSecondRound,
  votingSessionCreate,
  votingSessionDelete,
  votingSessionsList,
  votingSessionUpdate,
  votingVoterAdd,
  votingVoterRemove,
} from './voting/sessions';
import {
  trashEmpty,
  workshopCreate,
  workshopDuplicate,
  workshopGet,
  workshopPurge,
  workshopRestore,
  workshopsList,
  workshopTrash,
  workshopUpdate,
} from './workshops';

/** Every domain service, registered on its channel by name. */
export function registerDomainServices(app: ServiceMethods<ServiceContext>): void {
  app.method('settingsGet', settingsGet);
  app.method('settingsUpdate', settingsUpdate);

  app.method('workshopsList', workshopsList);
  app.method('workshopGet', workshopGet);
  app.method('workshopCreate', workshopCreate);
  app.method('workshopUpdate', workshopUpdate);
  app.method('workshopDuplicate', workshopDuplicate);
  app.method('workshopTrash', workshopTrash);
  app.method('workshopRestore', workshopRestore);
  app.method('workshopPurge', workshopPurge);
  app.method('trashEmpty', trashEmpty);

  app.method('stepAdd', stepAdd);
  app.method('stepUpdate', stepUpdate);
  app.method('stepRemove', stepRemove);
  app.method('stepsReorder', stepsReorder);
  app.method('timerCommand', timerCommand);
  app.method('timerGoTo', timerGoTo);

  app.method('templatesList', templatesList);
  app.method('templateSaveFromWorkshop', templateSaveFromWorkshop);
  app.method('templateRename', templateRename);
  app.method('templateDelete', templateDelete);

  app.method('presenterShow', presenterShow);
  app.method('presenterGet', presenterGet);

  app.method('boardGet', boardGet);
  app.method('boardUndo', boardUndo);
  app.method('boardRedo', boardRedo);
  app.method('personaCreate', personaCreate);
  app.method('personaUpdate', personaUpdate);
  app.method('personaSetAvatar', personaSetAvatar);
  app.method('personaDelete', personaDelete);
  app.method('personasReorder', personasReorder);
  app.method('sectionAdd', sectionAdd);
  app.method('sectionUpdate', sectionUpdate);
  app.method('sectionRemove', sectionRemove);
  app.method('sectionsReorder', sectionsReorder);
  app.method('journeyCreate', journeyCreate);
  app.method('journeyUpdate', journeyUpdate);
  app.method('journeyDelete', journeyDelete);
  app.method('stageAdd', stageAdd);
  app.method('stageRename', stageRename);
  app.method('stageRemove', stageRemove);
  app.method('stagesReorder', stagesReorder);
  app.method('laneAdd', laneAdd);
  app.method('laneUpdate', laneUpdate);
  app.method('laneRemove', laneRemove);
  app.method('lanesReorder', lanesReorder);
  app.method('emotionSet', emotionSet);
  app.method('cardCreate', cardCreate);
  app.method('cardUpdate', cardUpdate);
  app.method('cardDelete', cardDelete);
  app.method('cardMove', cardMove);

  app.method('votingSessionsList', votingSessionsList);
  app.method('votingCandidates', votingCandidates);
  app.method('votingSessionCreate', votingSessionCreate);
  app.method('votingSessionUpdate', votingSessionUpdate);
  app.method('votingSessionDelete', votingSessionDelete);
  app.method('votingItemAdd', votingItemAdd);
  app.method('votingItemUpdate', votingItemUpdate);
  app.method('votingItemRemove', votingItemRemove);
  app.method('votingCommentSet', votingCommentSet);
  app.method('votingPhaseSet', votingPhaseSet);
  app.method('votingSecondRound', votingSecondRound);
  app.method('votingVoterAdd', votingVoterAdd);
  app.method('votingVoterRemove', votingVoterRemove);
  app.method('votingProxyBallot', votingProxyBallot);
  app.method('votingLaptopBallot', votingLaptopBallot);
  app.method('votingResults', votingResults);

  app.method('nextStepsList', nextStepsList);
  app.method('nextStepAdd', nextStepAdd);
  app.method('nextStepUpdate', nextStepUpdate);
  app.method('nextStepRemove', nextStepRemove);
  app.method('nextStepsReorder', nextStepsReorder);
}

