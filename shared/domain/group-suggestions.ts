import { MAX_GROUP_TITLE } from './board';
import { noteTerms, type NoteTerm } from './note-text';
import type { Language } from './settings';

/**
 * Suggested groups: on request, proposals of notes that say the same thing, for the facilitator to
 * accept, edit or dismiss one by one. Nothing here groups anything; it only proposes.
 *
 * How:
 * 1. Each note becomes its terms (note-text.ts: tokens, stop words out, Snowball stems, in the
 *    note's own language), so "Attente trop longue à l'accueil" and "File d'attente interminable"
 *    share the stem "attent", and "waiting" and "waited" share "wait".
 * 2. Similarity: TF-IDF cosine over stems. A stem's weight in a note is its count there times
 *    ln((1 + N) / (1 + df)) + 1 (df: notes of the list that hold it), and vectors are normalised.
 *    A word that most notes of the list use ("client" on a board about clients) weighs less than a
 *    rare one two notes share ("wifi"), and a note's length does not matter.
 * 3. Clustering: agglomerative, average link. Every note starts alone; the two clusters with the
 *    highest average pairwise similarity merge, again and again, until no two clusters average at
 *    least MERGE_THRESHOLD. Average (not single) link keeps a chain of notes that each share one word
 *    with the next (wifi–connexion–lente–attente) from becoming one theme; the cluster-to-cluster
 *    averages are kept in a matrix updated in place when two merge (the Lance–Williams update), so
 *    300 notes take a few milliseconds. Equal similarities merge the pair that comes first in board
 *    order, so the same board always gives the same suggestions.
 * 4. Every cluster of two notes or more is a suggestion, its notes in board order; the biggest come
 *    first, equal sizes in board order of their first note.
 * 5. Its title is the stem most of its notes share (ties: the heavier in TF-IDF, then the one
 *    written first), written as its most frequent surface word; a second stem joins it when at
 *    least half of the notes (and two or more) share it too, the two in the order a note writes
 *    them: "Attente", "Checkout, queue".
 *
 * Cards already in a group are left out: the facilitator has placed them, and a suggestion never
 * moves a card out of a theme someone chose. Suggestions therefore only gather loose cards.
 */

/** Average cosine similarity two clusters need to merge; set on the notes of the unit test set. */
export const MERGE_THRESHOLD = 0.2;
/** Most cards one suggestion holds (what accepting it as a group may take). */
export const MAX_SUGGESTION_CARDS = 100;

export interface SuggestionNote {
  id: string;
  text: string;
  /** The card's group; cards already grouped are not suggested. */
  groupId: string | null;
}

export interface GroupSuggestion {
  cardIds: string[];
  title: string;
}

interface Vector {
  /** stem → normalised TF-IDF weight */
  weights: Map<string, number>;
  terms: NoteTerm[];
}

/** Proposals for the notes of one card list, given in board order. */
export function suggestGroups(notes: readonly SuggestionNote[], language: Language): GroupSuggestion[] {
  const candidates = notes
    .filter((n) => n.groupId === null)
    .map((n) => ({ id: n.id, terms: noteTerms(n.text, language) }))
    .filter((n) => n.terms.length > 0);
  if (candidates.length < 2) return [];
  const vectors = tfIdf(candidates.map((c) => c.terms));
  const clusters = averageLinkClusters(similarityMatrix(vectors), MERGE_THRESHOLD, MAX_SUGGESTION_CARDS);
  return clusters
    .filter((members) => members.length >= 2)
    .sort((a, b) => b.length - a.length || (a[0] ?? 0) - (b[0] ?? 0))
    .map((members) => ({
      cardIds: members.map((i) => candidates[i]?.id ?? ''),
      title: clusterTitle(members.map((i) => vectors[i] as Vector)),
    }));
}

function tfIdf(notes: readonly NoteTerm[][]): Vector[] {
  const df = new Map<string, number>();
  for (const terms of notes) for (const stem of new Set(terms.map((t) => t.stem))) df.set(stem, (df.get(stem) ?? 0) + 1);
  const n = notes.length;
  return notes.map((terms) => {
    const weights = new Map<string, number>();
    for (const { stem } of terms) weights.set(stem, (weights.get(stem) ?? 0) + 1);
    let norm = 0;
    for (const [stem, tf] of weights) {
      const w = tf * (Math.log((1 + n) / (1 + (df.get(stem) ?? 0))) + 1);
      weights.set(stem, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    for (const [stem, w] of weights) weights.set(stem, w / norm);
    return { weights, terms };
  });
}

/** Cosine similarities (vectors are normalised, so dot products), through an inverted index of stems. */
function similarityMatrix(vectors: readonly Vector[]): Float64Array[] {
  const n = vectors.length;
  const sim = Array.from({ length: n }, () => new Float64Array(n));
  const postings = new Map<string, { note: number; weight: number }[]>();
  vectors.forEach((v, note) => {
    for (const [stem, weight] of v.weights) {
      const list = postings.get(stem) ?? [];
      list.push({ note, weight });
      postings.set(stem, list);
    }
  });
  for (const list of postings.values()) {
    for (let a = 0; a < list.length; a += 1) {
      const pa = list[a] as { note: number; weight: number };
      for (let b = a + 1; b < list.length; b += 1) {
        const pb = list[b] as { note: number; weight: number };
        const w = pa.weight * pb.weight;
        const rowA = sim[pa.note] as Float64Array;
        const rowB = sim[pb.note] as Float64Array;
        rowA[pb.note] = rowA[pb.note]! + w;
        rowB[pa.note] = rowB[pa.note]! + w;
      }
    }
  }
  return sim;
}

/** Clusters as lists of note indices (ascending). `sim` is consumed: it becomes the cluster averages. */
function averageLinkClusters(sim: Float64Array[], threshold: number, maxSize: number): number[][] {
  const n = sim.length;
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  for (;;) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i += 1) {
      const mi = members[i];
      if (!mi) continue;
      const row = sim[i] as Float64Array;
      for (let j = i + 1; j < n; j += 1) {
        const mj = members[j];
        if (!mj || row[j]! <= best || mi.length + mj.length > maxSize) continue;
        best = row[j]!;
        bi = i;
        bj = j;
      }
    }
    if (bi < 0 || best < threshold) break;
    const a = members[bi] as number[];
    const b = members[bj] as number[];
    const rowA = sim[bi] as Float64Array;
    const rowB = sim[bj] as Float64Array;
    for (let k = 0; k < n; k += 1) {
      if (k === bi || k === bj || !members[k]) continue;
      const merged = (a.length * rowA[k]! + b.length * rowB[k]!) / (a.length + b.length);
      rowA[k] = merged;
      (sim[k] as Float64Array)[bi] = merged;
    }
    members[bi] = [...a, ...b].sort((x, y) => x - y);
    members[bj] = null;
  }
  return members.filter((m): m is number[] => m !== null);
}

function clusterTitle(vectors: readonly Vector[]): string {
  const shared = new Map<string, { notes: number; weight: number; firstAt: number }>();
  vectors.forEach((v, note) => {
    v.terms.forEach(({ stem }, at) => {
      const s = shared.get(stem) ?? { notes: 0, weight: 0, firstAt: note * 10_000 + at };
      if (!shared.has(stem)) shared.set(stem, s);
    });
    for (const [stem, weight] of v.weights) {
      const s = shared.get(stem);
      if (!s) continue;
      s.notes += 1;
      s.weight += weight;
    }
  });
  const ranked = [...shared.entries()].sort(([, a], [, b]) => b.notes - a.notes || b.weight - a.weight || a.firstAt - b.firstAt);
  const [first, second] = ranked;
  if (!first) return '';
  const stems = [first[0]];
  if (second && second[1].notes >= Math.max(2, Math.ceil(vectors.length / 2))) stems.push(second[0]);
  const words = inWrittenOrder(stems, vectors).map((stem) => surfaceOf(stem, vectors));
  const title = words.join(', ');
  return (title.charAt(0).toLocaleUpperCase() + title.slice(1)).slice(0, MAX_GROUP_TITLE);
}

/** Two title stems in the order the first note holding both writes them ("queue at the checkout" → queue, checkout). */
function inWrittenOrder(stems: string[], vectors: readonly Vector[]): string[] {
  const holder = vectors.find((v) => stems.every((stem) => v.weights.has(stem)));
  if (!holder) return stems;
  const at = (stem: string) => holder.terms.findIndex((t) => t.stem === stem);
  return [...stems].sort((a, b) => at(a) - at(b));
}

/** The word most often written for a stem (ties: the shorter, then the first alphabetically). */
function surfaceOf(stem: string, vectors: readonly Vector[]): string {
  const counts = new Map<string, number>();
  for (const v of vectors) for (const t of v.terms) if (t.stem === stem) counts.set(t.surface, (counts.get(t.surface) ?? 0) + 1);
  const [word] = [...counts.entries()].sort(
    ([wa, a], [wb, b]) => b - a || wa.length - wb.length || (wa < wb ? -1 : wa > wb ? 1 : 0),
  )[0] ?? [stem];
  return word;
}
