// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, hi-unanswerable, en-unanswerable (1932 questions)
import type { AbstentionModel } from '../abstain.js';

export const ABSTENTION_MODEL: AbstentionModel = {
  features: ['coverage', 'passage', 'known', 'named', 'typed', 'margin', 'units'],
  means: [0.506845728221, 0.476197483967, 0.78488339089, 0.900766657504, 0.762134440327, 0.401920657589, 1.79760436022],
  scales: [0.27810574316, 0.287454787095, 0.253985653342, 0.269026882857, 0.37759779736, 0.297435406833, 0.361979671125],
  weights: [3.37496226709, 0.740538739506, 0.0420823666356, 0.59447114131, 0.577925097421, 0.526231954466, 0.622766669423],
  bias: 0.606371598013,
  threshold: 0.188159476215,
};
