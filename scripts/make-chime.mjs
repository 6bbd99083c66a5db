// Writes renderer/src/assets/chime.wav: a soft two-tone chime (E5 then C5, bell-like partials,
// gentle attack and exponential decay), 16-bit PCM mono 22050 Hz, about 1.2 s. Run once:
//   node scripts/make-chime.mjs
// Generated rather than downloaded so the app ships no third-party audio and stays offline.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SAMPLE_RATE = 22050;
const DURATION_S = 1.2;
const PEAK = 0.32; // well below full scale: a cue, not an alarm
const ATTACK_S = 0.012;
const END_FADE_S = 0.08;

/** One struck note: a fundamental plus two quiet partials, each decaying at its own rate. */
const notes = [
  { start: 0, freq: 659.25, gain: 1 },
  { start: 0.32, freq: 523.25, gain: 0.9 },
];
const partials = [
  { ratio: 1, gain: 1, decay: 0.42 },
  { ratio: 2, gain: 0.22, decay: 0.22 },
  { ratio: 3.01, gain: 0.06, decay: 0.12 },
];

const count = Math.round(SAMPLE_RATE * DURATION_S);
const samples = new Float64Array(count);
for (const note of notes) {
  const first = Math.round(note.start * SAMPLE_RATE);
  for (let i = first; i < count; i += 1) {
    const t = (i - first) / SAMPLE_RATE;
    const attack = Math.min(1, t / ATTACK_S);
    let value = 0;
    for (const p of partials) value += p.gain * Math.exp(-t / p.decay) * Math.sin(2 * Math.PI * note.freq * p.ratio * t);
    samples[i] += note.gain * attack * value;
  }
}

let max = 0;
for (const s of samples) max = Math.max(max, Math.abs(s));
const pcm = Buffer.alloc(count * 2);
for (let i = 0; i < count; i += 1) {
  const fromEnd = (count - 1 - i) / SAMPLE_RATE;
  const fade = Math.min(1, fromEnd / END_FADE_S);
  const value = Math.round((samples[i] / max) * PEAK * fade * 32767);
  pcm.writeInt16LE(Math.max(-32768, Math.min(32767, value)), i * 2);
}

const header = Buffer.alloc(44);
header.write('RIFF', 0, 'ascii');
header.writeUInt32LE(36 + pcm.length, 4);
header.write('WAVE', 8, 'ascii');
header.write('fmt ', 12, 'ascii');
header.writeUInt32LE(16, 16); // fmt chunk size
header.writeUInt16LE(1, 20); // PCM
header.writeUInt16LE(1, 22); // mono
header.writeUInt32LE(SAMPLE_RATE, 24);
header.writeUInt32LE(SAMPLE_RATE * 2, 28); // byte rate
header.writeUInt16LE(2, 32); // block align
header.writeUInt16LE(16, 34); // bits per sample
header.write('data', 36, 'ascii');
header.writeUInt32LE(pcm.length, 40);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'renderer', 'src', 'assets', 'chime.wav');
writeFileSync(out, Buffer.concat([header, pcm]));
console.log(`Wrote ${path.relative(root, out)} (${header.length + pcm.length} bytes)`);
