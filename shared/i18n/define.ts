/** One area's strings in both languages; French must have exactly the English keys. */
export function defineMessages<const E extends Record<string, string>>(en: E, fr: Record<keyof E, string>) {
  return { en, fr };
}
