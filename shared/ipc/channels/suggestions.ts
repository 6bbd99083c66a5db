import { z } from 'zod';
import { containerSchema } from '../../domain/board';
import type { GroupSuggestion } from '../../domain/group-suggestions';
import { idSchema } from '../../domain/workshop';
import { channel } from '../channel';

/**
 * Suggested groups (shared/domain/group-suggestions.ts). Read-only: it proposes, and the
 * facilitator accepts a proposal with groupFromCards, edits it first, or dismisses it.
 */
export const suggestionChannels = {
  /** Proposals of similar loose cards of one persona section or journey cell, biggest first. */
  groupSuggest: channel<{ suggestions: GroupSuggestion[] }>()(z.object({ workshopId: idSchema, container: containerSchema }).strict()),
};
