import { useEffect } from 'react';
import { REPORT_CSS } from '../../../shared/report/report.css';

let sheet: CSSStyleSheet | null = null;
let users = 0;

/**
 * Adopts the report's stylesheet (the same string the PDF inlines) while a preview is mounted.
 * A constructed stylesheet is CSSOM, which the Content-Security-Policy allows, where a <style>
 * element would be refused.
 */
export function useReportStyles(): void {
  useEffect(() => {
    sheet ??= new CSSStyleSheet();
    if (users === 0) {
      sheet.replaceSync(REPORT_CSS);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }
    users += 1;
    return () => {
      users -= 1;
      if (users === 0) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((item) => item !== sheet);
    };
  }, []);
}
