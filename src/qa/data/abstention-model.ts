// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, hi-unanswerable, en-unanswerable (1932 questions)
import type { AbstentionModel } from '../abstain.js';

export const ABSTENTION_MODEL: AbstentionModel = {
  features: ['coverage', 'passage', 'known', 'named', 'typed', 'margin', 'units'],
  means: [0.498327786301, 0.468250798855, 0.77252058056, 0.900807804519, 0.744854026895, 0.40542299594, 1.80518485977],
  scales: [0.277149351464, 0.28654052374, 0.257718180888, 0.268426317659, 0.383425465849, 0.295989989926, 0.36094407346],
  weights: [3.33888269447, 0.779120676022, 0.00199226058767, 0.622685652006, 0.519610269746, 0.501823965502, 0.614215975129],
  bias: 0.662100168968,
  threshold: 0.157915853552,
};
