// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.669805346091, -0.500686480572, 0.598575608906, 0.861289874292, 0.965209872525, 0.893640105684, 0.508935951008, 1.79171962539, 0.598011468764, 0.342667578968],
  scales: [0.25203574504, 0.493940276126, 0.273335841853, 0.233547381151, 0.159908523408, 0.232080846936, 0.285982302989, 0.373171027968, 0.278638024397, 0.197185374425],
  weights: [0.782479619301, 1.19858476912, 0.322423664703, 0.956099625088, 0.380251264423, 0.807863285588, 0.606701431307, 0.382910280009, 1.33965283068, -0.134414879244],
  bias: 4.52348277846,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.66334030669,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.378873339825,
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
    means: [-1.12624196757, 0.31319086516, 0.614884102471, 0.992264064553, 0.371955887923, 0.884313142794, 0.369222119959, 1.87990428686, 0.436520983613],
    scales: [0.481236083887, 0.161504075334, 0.232637745324, 0.084472579696, 0.362630246497, 0.229253772905, 0.263959592368, 0.329375733117, 0.232561441708],
    weights: [0.235327690012, 1.44208503866, 0.170684175237, 0.756800989828, 0.332888222916, 0.422292456503, 0.154764345331, 0.246815493201, -0.410231093433],
    bias: 2.39440585271,
    threshold: 0.60615298694,
  },
};
