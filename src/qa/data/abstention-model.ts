// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.66971919544, -0.500796568822, 0.598467376949, 0.861153444268, 0.965209872525, 0.893640105684, 0.508870402458, 1.79186528698, 0.59789416897, 0.342551659171],
  scales: [0.251994543206, 0.493884406486, 0.273272807943, 0.233501602598, 0.159908523408, 0.232080846936, 0.285961557959, 0.373280217838, 0.278588014802, 0.196975162512],
  weights: [0.782530521759, 1.1985319903, 0.322596904192, 0.95584218803, 0.380267840404, 0.808042029672, 0.606442594362, 0.38317001904, 1.33964931918, -0.134459665439],
  bias: 4.52248476807,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.663356427016,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.378897626339,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-0.832793549165, 0.585541956731, 0.902264180336, 0.896319010259, 0.459181521899, 1.72352791622],
    scales: [0.526168462454, 0.301248134353, 0.259660125347, 0.225639755061, 0.288676403674, 0.363312905858],
    weights: [2.20130867164, 0.0722919107029, 0.227270741053, 0.920982764508, 0.440978000606, 0.379955612226],
    bias: 2.55553893632,
    threshold: 0.639894188589,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'article', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.12674415854, 0.313034228984, 0.614621313966, 0.992264064553, 0.37153302934, 0.884313142794, 0.369250100396, 1.88023334012, 0.436520983613],
    scales: [0.481208495569, 0.161497575453, 0.232745848774, 0.084472579696, 0.362660154297, 0.229253772905, 0.263969563713, 0.329566988655, 0.232561441708],
    weights: [0.24115350588, 1.43624023719, 0.167605815669, 0.758145628182, 0.333061377803, 0.423657560698, 0.160537671801, 0.249049038886, -0.404619604848],
    bias: 2.39277840518,
    threshold: 0.607786871254,
  },
};
