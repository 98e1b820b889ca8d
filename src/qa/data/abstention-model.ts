// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.673728098658, -0.492581313112, 0.601994717318, 0.848339825091, 0.964920418266, 0.894920951825, 0.508819962369, 1.78996108544, 0.599043010344, 0.338547555636],
  scales: [0.250341255393, 0.48856717126, 0.27238946043, 0.246401229728, 0.160748144725, 0.229775125272, 0.286019407443, 0.372407068266, 0.278347869808, 0.193739591468],
  weights: [0.742544282031, 1.20300366854, 0.254906003297, 1.1055039795, 0.35067471657, 0.84927452328, 0.737710579614, 0.306621252873, 1.3372583361, -0.110048842729],
  bias: 4.61313761742,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.633705891332,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.489420962628,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-0.834875412226, 0.572273350381, 0.90250954874, 0.896319010259, 0.45996509882, 1.72352791622],
    scales: [0.52793284752, 0.302242145452, 0.259543662757, 0.225639755061, 0.288188844529, 0.363312905858],
    weights: [2.25738219079, 0.0232099013192, 0.225794542463, 0.922959841318, 0.393951250311, 0.404418494945],
    bias: 2.53976237393,
    threshold: 0.635908224808,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'article', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.12501574186, 0.313997493243, 0.616025647656, 0.992264064553, 0.372109459884, 0.884313142794, 0.368095972104, 1.87594530769, 0.440235800449],
    scales: [0.482538488932, 0.161763336599, 0.232020691885, 0.084472579696, 0.362499100731, 0.229253772905, 0.265391021821, 0.328492056628, 0.233094739339],
    weights: [0.303822748473, 1.44663883034, 0.15761325313, 0.756043879955, 0.328680390615, 0.422134440581, 0.182452077182, 0.238246975154, -0.412065011589],
    bias: 2.4489975252,
    threshold: 0.620499478953,
  },
};
