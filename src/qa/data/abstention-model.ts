// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'passage', 'known', 'named', 'typed', 'margin', 'units', 'together', 'spread'],
  means: [0.679504959075, -0.483183717499, 0.604067670332, 0.849200759929, 0.971391123706, 0.899818761296, 0.504286121499, 1.78662171989, 0.599088707885, 0.336813830248],
  scales: [0.251150753331, 0.486590060915, 0.271396126016, 0.246616991606, 0.141714363292, 0.220061350714, 0.279896362606, 0.372989367903, 0.28107960574, 0.191827678306],
  weights: [0.768563570732, 1.25154032245, 0.33067936657, 1.0679329872, 0.309073464252, 0.906414942869, 0.638022736646, 0.319476467184, 1.40126024023, -0.112394570648],
  bias: 4.71772542626,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.638389720963,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.511943027151,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units'],
    means: [-0.803682782736, 0.915995061846, 0.90021825719, 0.464591621596, 1.71919958297],
    scales: [0.52622520544, 0.241104291158, 0.217930472758, 0.284931479743, 0.365063606002],
    weights: [2.38318970357, 0.368790679423, 0.924283337223, 0.319912855843, 0.662100863102],
    bias: 2.48071013943,
    threshold: 0.659923053088,
  },
  intoEnglish: {
    features: ['coverage', 'coverageLog', 'passage', 'named', 'sounded', 'typed', 'margin', 'units', 'spread'],
    means: [0.38715118944, -1.04811984303, 0.336656302344, 0.992264064553, 0.379622322538, 0.891039517286, 0.370908907463, 1.87304286651, 0.435396839829],
    scales: [0.165098910031, 0.46339817456, 0.168918521388, 0.084472579696, 0.364460462303, 0.218128733895, 0.263552201233, 0.328979086281, 0.233125873579],
    weights: [0.0250356866991, 0.581867800166, 1.15879229365, 0.751522540238, 0.321140780478, 0.415746985768, 0.194694472416, 0.24469676236, -0.360785631405],
    bias: 2.35592556078,
    threshold: 0.63195409622,
  },
};
