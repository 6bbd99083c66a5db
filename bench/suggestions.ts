/*
 * Group suggestions benchmark: 300 notes of one card list (French and English pain points on
 * twenty themes, each written several ways, with filler words), suggested again and again.
 *
 *   npm run bench:suggest
 *
 * Prints the first run (the stemmers are built then) and the median and worst of RUNS runs after
 * it, with the number of suggestions. Target: under 300 ms for 300 notes.
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { suggestGroups, type SuggestionNote } from '../shared/domain/group-suggestions';

const NOTES = 300;
const RUNS = 15;
const TARGET_MS = 300;

const THEMES = [
  ['attente', 'Attente trop longue', "File d'attente à l'accueil", 'On attend sans information'],
  ['wifi', 'Le wifi ne marche pas', 'Connexion wifi très lente', 'Pas de wifi pour les clients'],
  ['paiement', 'Paiement par carte refusé', 'Impossible de payer en plusieurs fois', 'Paiement sans contact en panne'],
  ['parking', 'Parking introuvable', 'Le parking est payant', 'Pas de place au parking'],
  ['horaires', "Horaires d'ouverture pas affichés", 'Horaires trop restreints', 'Fermé à l’heure du déjeuner'],
  ['livraison', 'Livraison en retard', 'Colis livré abîmé', 'Suivi de livraison introuvable'],
  ['site', 'Le site plante au paiement', 'Recherche du site inutile', 'Site lent sur mobile'],
  ['conseiller', 'Conseiller injoignable', 'Personne pour répondre au téléphone', 'Le conseiller ne rappelle jamais'],
  ['facture', 'Facture incompréhensible', 'Erreur sur la facture', 'Facture reçue deux fois'],
  ['retour', 'Retour produit compliqué', 'Formulaire de retour introuvable', 'Remboursement du retour trop long'],
  ['queue', 'The checkout queue is too long', 'Queue at the desk never moves', 'Long queues at lunchtime'],
  ['delivery', 'Delivery arrived late', 'Late delivery without tracking', 'Delivery driver left the parcel outside'],
  ['app', 'The app crashes at login', 'App login fails every time', 'The mobile app is slow'],
  ['staff', 'Staff are hard to find', 'No staff at the counter', 'Staff do not know the products'],
  ['price', 'Prices are not displayed', 'Price at checkout differs from the shelf', 'Hidden fees on the price'],
  ['email', 'Too many marketing emails', 'Confirmation email never arrives', 'Email replies take a week'],
  ['signage', 'Signage inside the store is confusing', 'No signage to the toilets', 'Signage too small to read'],
  ['password', 'Password reset link expired', 'Password rules are absurd', 'Forgot my password again'],
  ['refund', 'Refund took a month', 'Refund went to the wrong card', 'No news about my refund'],
  ['noise', 'Too much noise in the waiting room', 'Music is too loud', 'Noise from the kitchen'],
];
const FILLERS = ['', ' vraiment', ' encore', ' again', ' today', ' ce matin', ' (client fidèle)', ' for the second time'];

function benchNotes(): SuggestionNote[] {
  const notes: SuggestionNote[] = [];
  for (let i = 0; i < NOTES; i += 1) {
    const theme = THEMES[(i * 7) % THEMES.length] as string[];
    const text = `${theme[1 + (i % 3)]}${FILLERS[i % FILLERS.length]}`;
    notes.push({ id: `card-${i + 1}`, text, groupId: null });
  }
  return notes;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const notes = benchNotes();
const start = performance.now();
const first = suggestGroups(notes, 'fr');
const firstMs = performance.now() - start;
const times: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  const t0 = performance.now();
  suggestGroups(notes, 'fr');
  times.push(performance.now() - t0);
}
const med = median(times);
console.log(`machine: ${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'}), load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`${NOTES} notes → ${first.length} suggestions, ${first.reduce((n, s) => n + s.cardIds.length, 0)} notes in them`);
console.log(`first run (stemmers built): ${firstMs.toFixed(1)} ms`);
console.log(`median of ${RUNS} runs: ${med.toFixed(1)} ms, worst ${Math.max(...times).toFixed(1)} ms (target < ${TARGET_MS} ms: ${med < TARGET_MS ? 'met' : 'MISSED'})`);
