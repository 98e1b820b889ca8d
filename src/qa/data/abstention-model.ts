// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.669805346091, -0.500686480572, 0.598575608906, 0.861289874292, 0.965209872525, 0.893640105684, 0.508889987921, 1.79171962539, 0.598011468764, 0.342667578968],
  scales: [0.25203574504, 0.493940276126, 0.273335841853, 0.233547381151, 0.159908523408, 0.232080846936, 0.285977554295, 0.373171027968, 0.278638024397, 0.197185374425],
  weights: [0.782509510704, 1.19868436982, 0.322529242841, 0.95602158636, 0.38026681451, 0.807946358219, 0.606476709028, 0.382951026063, 1.33974729625, -0.134533696635],
  bias: 4.52361520291,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.663355650025,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.37885565044,
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
    means: [-1.12624196757, 0.31319086516, 0.614884102471, 0.992264064553, 0.371955887923, 0.884313142794, 0.369222119959, 1.87990428686, 0.436520983613],
    scales: [0.481236083887, 0.161504075334, 0.232637745324, 0.084472579696, 0.362630246497, 0.229253772905, 0.263959592368, 0.329375733117, 0.232561441708],
    weights: [0.235327690012, 1.44208503866, 0.170684175237, 0.756800989828, 0.332888222916, 0.422292456503, 0.154764345331, 0.246815493201, -0.410231093433],
    bias: 2.39440585271,
    threshold: 0.60615298694,
  },
};
