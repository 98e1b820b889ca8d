// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.673720147186, -0.492582315406, 0.601990988603, 0.848342355724, 0.964920418266, 0.894920951825, 0.508805965541, 1.78996108544, 0.599043010344, 0.338547555636],
  scales: [0.250323149984, 0.488541396608, 0.272370361453, 0.246397858314, 0.160748144725, 0.229775125272, 0.286014950861, 0.372407068266, 0.278347869808, 0.193739591468],
  weights: [0.743181406611, 1.20247101917, 0.254938264284, 1.1056770709, 0.35050292093, 0.849111181476, 0.737224223423, 0.30635271854, 1.33726446669, -0.109752960741],
  bias: 4.61267563187,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.633597235409,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.489304907185,
  },
  fromEnglish: {
    features: ['coverageLog', 'known', 'named', 'typed', 'margin', 'units'],
    means: [-0.834637854818, 0.572340704199, 0.90250954874, 0.896319010259, 0.459794250361, 1.72352791622],
    scales: [0.527803565186, 0.302227194324, 0.259543662757, 0.225639755061, 0.287959636468, 0.363312905858],
    weights: [2.24996882153, 0.0249134583977, 0.225981764777, 0.922601329251, 0.400670174667, 0.401420079927],
    bias: 2.53967073807,
    threshold: 0.635898579923,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'article', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.12501574186, 0.313997493243, 0.616025647656, 0.992264064553, 0.372109459884, 0.884313142794, 0.368097407781, 1.87594530769, 0.440235800449],
    scales: [0.482538488932, 0.161763336599, 0.232020691885, 0.084472579696, 0.362499100731, 0.229253772905, 0.265384611386, 0.328492056628, 0.233094739339],
    weights: [0.303802017868, 1.44677122898, 0.157606410927, 0.756010202166, 0.328669853351, 0.422121363745, 0.182241139101, 0.238256450047, -0.412134531806],
    bias: 2.44898543957,
    threshold: 0.620506673989,
  },
};
