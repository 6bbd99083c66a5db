import { z } from 'zod';
import type { MatrixItemLink } from './matrix';
import { dateSchema } from './workshop';

/**
 * Next steps: the action items agreed at the end of a workshop, framed by the six customer
 * experience domains named in the seed articles (strategy, customer understanding, design and
 * journey references, customer measures, governance, corporate culture). The PDF groups them
 * by domain, in this order.
 */
export const CX_DOMAINS = ['strategy', 'customerUnderstanding', 'design', 'measures', 'governance', 'culture'] as const;
export const cxDomainSchema = z.enum(CX_DOMAINS);
export type CxDomain = z.infer<typeof cxDomainSchema>;

export const MAX_NEXT_STEPS = 200;
export const MAX_NEXT_STEP_TEXT = 500;

export interface NextStep {
  id: string;
  workshopId: string;
  /** Order within the workshop (0..n-1); the PDF keeps it inside each domain. */
  position: number;
  text: string;
  owner: string;
  /** YYYY-MM-DD, or null when no date was agreed. */
  dueDate: string | null;
  domain: CxDomain;
  /** The priority it was made from (a matrix item or a vote result), or null for one typed from scratch. */
  source: MatrixItemLink | null;
  createdAt: string;
  updatedAt: string;
}

const fields = {
  text: z.string().trim().min(1).max(MAX_NEXT_STEP_TEXT),
  owner: z.string().trim().max(120),
  dueDate: dateSchema.nullable(),
  domain: cxDomainSchema,
};

export const nextStepDraftSchema = z
  .object({
    text: fields.text,
    owner: fields.owner.default(''),
    dueDate: fields.dueDate.default(null),
    domain: fields.domain,
  })
  .strict();
export type NextStepDraft = z.infer<typeof nextStepDraftSchema>;

/** A partial edit: no defaults, so an absent field stays as it is. */
export const nextStepPatchSchema = z.object(fields).partial().strict();
export type NextStepPatch = z.infer<typeof nextStepPatchSchema>;

/** The workshop's next steps grouped by domain, in CX_DOMAINS order, empty domains left out. */
export function groupByDomain<T extends Pick<NextStep, 'domain' | 'position'>>(steps: readonly T[]): { domain: CxDomain; steps: T[] }[] {
  return CX_DOMAINS.map((domain) => ({
    domain,
    steps: steps.filter((step) => step.domain === domain).sort((a, b) => a.position - b.position),
  })).filter((group) => group.steps.length > 0);
}
