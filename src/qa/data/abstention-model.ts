// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679546726907, -0.483133323498, 0.60413818042, 0.849317946027, 0.971391123706, 0.899731821448, 0.50428366112, 1.7865160465, 0.599410038231, 0.336814313672],
  scales: [0.25118827947, 0.486613802586, 0.271402779483, 0.24663964569, 0.141714363292, 0.220150134993, 0.27984384838, 0.373013723731, 0.281048320843, 0.191707193452],
  weights: [0.775140726455, 1.24432624869, 0.314448362635, 1.07216315292, 0.302667392079, 0.904177434622, 0.652103752325, 0.312214617673, 1.41500794847, -0.0989667425146],
  bias: 4.71724557701,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.63813537506,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.509006697503,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.79899146214, 0.915995557919, 0.901211391718, 0.466767303509, 1.71715922689],
    scales: [0.529546317367, 0.24110349067, 0.215920792673, 0.285497920025, 0.367712846708],
    weights: [2.40464373939, 0.371075766715, 0.940513725262, 0.303594261491, 0.671703833815],
    bias: 2.48967249627,
    threshold: 0.665289824222,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.387480940622, -1.0474485656, 0.336873537794, 0.992264064553, 0.378705792259, 0.891176996828, 0.371034509812, 1.87280414761, 0.434981612818],
    scales: [0.165198112806, 0.46406054945, 0.169042451628, 0.084472579696, 0.364533795505, 0.218065224455, 0.263704665326, 0.329104107525, 0.23332809242],
    weights: [0.0782390687581, 0.534478131808, 1.15509690014, 0.749837434006, 0.310229454354, 0.423457454694, 0.181906001463, 0.231044614174, -0.389482168634],
    bias: 2.36110820219,
    threshold: 0.626591562364,
  },
};
