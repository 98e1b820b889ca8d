// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.669805346091, -0.500686480572, 0.598575608906, 0.861289874292, 0.965209872525, 0.893640105684, 0.508936516584, 1.79171962539, 0.598011468764, 0.34255170772],
  scales: [0.25203574504, 0.493940276126, 0.273335841853, 0.233547381151, 0.159908523408, 0.232080846936, 0.286010366824, 0.373171027968, 0.278638024397, 0.197034021667],
  weights: [0.783832277251, 1.20009519749, 0.319585175505, 0.956006928191, 0.380577321332, 0.807789163769, 0.609297553713, 0.384678727577, 1.34040901149, -0.130856623021],
  bias: 4.52365385764,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.663480130525,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.37937093581,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-0.832793549165, 0.585541956731, 0.902264180336, 0.896319010259, 0.459132994889, 1.72352791622],
    scales: [0.526168462454, 0.301248134353, 0.259660125347, 0.225639755061, 0.288831768939, 0.363312905858],
    weights: [2.20158494369, 0.0713092289576, 0.22722586506, 0.921048162671, 0.440017965024, 0.380368229981],
    bias: 2.5551891651,
    threshold: 0.640126588089,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'article', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.12624196757, 0.31319086516, 0.614884102471, 0.992264064553, 0.371955887923, 0.884313142794, 0.369242473604, 1.87990428686, 0.436274070033],
    scales: [0.481236083887, 0.161504075334, 0.232637745324, 0.084472579696, 0.362630246497, 0.229253772905, 0.26395881197, 0.329375733117, 0.232493904308],
    weights: [0.238601820573, 1.43945196208, 0.17128043647, 0.756180344636, 0.333838142754, 0.422073338367, 0.157701264151, 0.247701014308, -0.401612739789],
    bias: 2.39245220731,
    threshold: 0.608049976668,
  },
};
