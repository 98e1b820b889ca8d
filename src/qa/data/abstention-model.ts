// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.67400240224, -0.49204922266, 0.602303085655, 0.848312236791, 0.964920418266, 0.894920951825, 0.508875410796, 1.78996108544, 0.599367309776, 0.338084152635],
  scales: [0.250248839377, 0.488287509201, 0.272344833094, 0.246423988851, 0.160748144725, 0.229775125272, 0.28594498615, 0.372407068266, 0.278469085048, 0.193052693647],
  weights: [0.740083716086, 1.17840357729, 0.285760182134, 1.10752978893, 0.350669927947, 0.852246919829, 0.734277115416, 0.302162885287, 1.33546967907, -0.111168449488],
  bias: 4.617149218,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.63373554402,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.487952726108,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.831622677615, 0.901514984244, 0.896319010259, 0.4599703341, 1.72352791622],
    scales: [0.525997106511, 0.261079618377, 0.225639755061, 0.287730163327, 0.363312905858],
    weights: [2.27833965127, 0.214256719932, 0.919141584214, 0.401130074942, 0.387037358462],
    bias: 2.54697701505,
    threshold: 0.641727871256,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'article', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [-1.12351216959, 0.314578783724, 0.616653565468, 0.992264064553, 0.372244311005, 0.884313142794, 0.368804871546, 1.87594530769, 0.439573659857],
    scales: [0.482650467009, 0.162092031686, 0.23202290188, 0.084472579696, 0.362401270012, 0.229253772905, 0.265161543077, 0.328492056628, 0.232354725014],
    weights: [0.321521498601, 1.38210653848, 0.157747438852, 0.80821145914, 0.320418666782, 0.415672568319, 0.172822720067, 0.224738857012, -0.425138997583],
    bias: 2.41449594574,
    threshold: 0.617214520791,
  },
};
