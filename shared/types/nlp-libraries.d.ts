/** Type declarations for the two text libraries the group suggestions use (neither ships its own). */

declare module 'snowball-stemmers' {
  export interface Stemmer {
    stem(word: string): string;
  }
  /** A Snowball stemmer by algorithm name ('french', 'english', …). */
  export function newStemmer(algorithm: string): Stemmer;
  export function algorithms(): string[];
}

declare module 'stopword' {
  /** French stop words. */
  export const fra: string[];
  /** English stop words. */
  export const eng: string[];
  export function removeStopwords(tokens: string[], stopwords?: string[]): string[];
}
