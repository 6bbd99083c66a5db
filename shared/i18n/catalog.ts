import { coreMessages } from './messages/core';
import { workshopMessages } from './messages/workshop';
import { timerMessages } from './messages/timer';
import { boardMessages } from './messages/boards';
import { reportMessages } from './messages/report';
import { reportSynthesisMessages } from './messages/report-synthesis';
import { deliverableMessages } from './messages/deliverable';
import { deliverableSettingsMessages } from './messages/deliverable-settings';
import { participantMessages } from './messages/participant';
import { votingMessages } from './messages/voting';
import { presenterMessages } from './messages/presenter';
import { groupingMessages } from './messages/grouping';
import { silentMessages } from './messages/silent';
import { matrixMessages } from './messages/matrix';

/**
 * Every area's strings. Adding an area: write messages/<area>.ts with defineMessages and list it
 * here; a key defined by two areas is a test failure (test/unit/i18n.test.ts).
 */
export const AREAS = [
  coreMessages,
  workshopMessages,
  timerMessages,
  boardMessages,
  reportMessages,
  reportSynthesisMessages,
  deliverableMessages,
  deliverableSettingsMessages,
  participantMessages,
  votingMessages,
  presenterMessages,
  groupingMessages,
  silentMessages,
  matrixMessages,
] as const;

type Area = (typeof AREAS)[number];
type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;
export type EnglishMessages = UnionToIntersection<Area['en']>;
export type MessageKey = keyof EnglishMessages & string;

export const en = Object.assign({}, ...AREAS.map((area) => area.en)) as Record<MessageKey, string>;
export const fr = Object.assign({}, ...AREAS.map((area) => area.fr)) as Record<MessageKey, string>;
