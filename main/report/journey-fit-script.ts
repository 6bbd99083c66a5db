import type { PageSize } from '../../shared/domain/report';
import { evenPages } from '../../shared/domain/even-pages';
import { fitJourneyParts, journeyFitGeometry, type JourneyFit } from '../../shared/report/journey-fit';

/**
 * The expression both printers evaluate in the loaded report before printing it (Playwright's
 * page.evaluate, Electron's debugger Runtime.evaluate): it fits every journey part to its page
 * (shared/report/journey-fit.ts, lanes split by shared/domain/even-pages.ts) and answers what it did. The page's own JavaScript stays off;
 * this runs through the browser's DevTools protocol. `__name` stands in for the helper a bundler
 * keeping function names may have written into the function's source.
 */
export function journeyFitScript(pageSize: PageSize): string {
  return `(() => { const __name = (target) => target; return (${fitJourneyParts.toString()})(document, ${JSON.stringify(journeyFitGeometry(pageSize))}, ${evenPages.toString()}); })()`;
}

export type { JourneyFit };
