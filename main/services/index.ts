import type { ServiceMethods } from '../ipc/handlers';
import { stepAdd, stepRemove, stepsReorder, stepUpdate } from './agenda';
import { boardGet, boardRedo, boardUndo } from './boards/board';
import { cardCreate, cardDelete, cardMove, cardUpdate } from './boards/cards';
import {
  cardMergeDuplicate,
  groupCollapse,
  groupCreate,
  groupDissolve,
  groupFromCards,
  groupJoin,
  groupLeave,
  groupMerge,
  groupRename,
} from './boards/groups';
import { groupSuggest } from './boards/suggestions';
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
  sectionSetColor,
  sectionsReorder,
  sectionUpdate,
} from './boards/personas';
import type { ServiceContext } from './context';
import {
  matricesList,
  matrixCreate,
  matrixDelete,
  matrixItemAdd,
  matrixItemMakeAction,
  matrixItemPlace,
  matrixItemRemove,
  matrixRedo,
  matrixUndo,
  matrixUpdate,
  voteItemMakeAction,
} from './matrices';
import { nextStepAdd, nextStepRemove, nextStepsList, nextStepsReorder, nextStepUpdate } from './next-steps';
import { presenterGet, presenterShow, spotlightGet, spotlightSet } from './presenter';
import { brandingLogoClear, brandingLogoGet, brandingLogoSet, brandingUpdate } from './branding/branding';
import { settingsGet, settingsUpdate } from './settings';
import { boardReveal, stepSetSilent, workshopSetAuthorDisplay } from './silent-writing';
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
  votingTurnout,
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
  app.methods({ settingsGet, settingsUpdate, brandingUpdate, brandingLogoSet, brandingLogoClear, brandingLogoGet });
  app.methods({
    workshopsList, workshopGet, workshopCreate, workshopUpdate, workshopDuplicate, workshopTrash,
    workshopRestore, workshopPurge, trashEmpty,
  });
  app.methods({ stepAdd, stepUpdate, stepRemove, stepsReorder, timerCommand, timerGoTo });
  app.methods({ templatesList, templateSaveFromWorkshop, templateRename, templateDelete });
  app.methods({ presenterShow, presenterGet, spotlightGet, spotlightSet });
  app.methods({
    boardGet, boardUndo, boardRedo, personaCreate, personaUpdate, personaSetAvatar, personaDelete,
    personasReorder, sectionAdd, sectionUpdate, sectionSetColor, sectionRemove, sectionsReorder, journeyCreate, journeyUpdate,
    journeyDelete, stageAdd, stageRename, stageRemove, stagesReorder, laneAdd, laneUpdate, laneRemove,
    lanesReorder, emotionSet, cardCreate, cardUpdate, cardDelete, cardMove,
  });
  app.methods({
    groupCreate, groupFromCards, groupJoin, groupLeave, groupRename, groupCollapse, groupDissolve, groupMerge,
    cardMergeDuplicate,
  });
  app.methods({ groupSuggest });
  app.methods({
    votingSessionsList, votingTurnout, votingCandidates, votingSessionCreate, votingSessionUpdate, votingSessionDelete,
    votingItemAdd, votingItemUpdate, votingItemRemove, votingCommentSet, votingPhaseSet, votingSecondRound,
    votingVoterAdd, votingVoterRemove, votingProxyBallot, votingLaptopBallot, votingResults,
  });
  app.methods({ stepSetSilent, boardReveal, workshopSetAuthorDisplay });
  app.methods({ nextStepsList, nextStepAdd, nextStepUpdate, nextStepRemove, nextStepsReorder });
  app.methods({
    matricesList, matrixCreate, matrixUpdate, matrixDelete, matrixItemAdd, matrixItemPlace, matrixItemRemove,
    matrixUndo, matrixRedo, matrixItemMakeAction, voteItemMakeAction,
  });
}

