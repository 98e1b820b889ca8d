// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.669830074619, -0.500640984813, 0.598645403842, 0.843895731825, 0.965209872525, 0.893640105684, 0.508544474986, 1.79163027981, 0.598050108697, 0.34255170772],
  scales: [0.252023381847, 0.493930212826, 0.273286631501, 0.248384610292, 0.159908523408, 0.232080846936, 0.285800488307, 0.373152553697, 0.278605938292, 0.197034021667],
  weights: [0.730122737569, 1.1809747243, 0.268934297295, 1.09186456482, 0.397213114232, 0.844791599503, 0.673294811833, 0.339113610942, 1.37953697255, -0.0819629847661],
  bias: 4.6192537894,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.662746668641,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.423983300719,
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
    means: [-1.12625313727, 0.313256596553, 0.61473504715, 0.992264064553, 0.371955887923, 0.884313142794, 0.368987486252, 1.87970245291, 0.436535935827],
    scales: [0.481238702591, 0.16146212645, 0.232696295903, 0.084472579696, 0.362630246497, 0.229253772905, 0.264199558913, 0.329382454333, 0.232565522486],
    weights: [0.239059724297, 1.44325835566, 0.169165203214, 0.756019495095, 0.334335552033, 0.422476792432, 0.155446623466, 0.247775893566, -0.40110912212],
    bias: 2.39294108071,
    threshold: 0.608096276428,
  },
};
