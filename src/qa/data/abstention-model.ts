// Written by `npm run calibrate` (scripts/calibrate.ts): do not edit by hand.
// fitted on dev-questions, paraphrase-dev, hi-on-hi, en-on-en, en-on-hi, hi-on-en, hi-unanswerable, en-unanswerable, en-unanswerable-on-hi, hi-unanswerable-on-en (3806 questions)
import type { AbstentionModel, AbstentionModels } from '../abstain.js';

/** The fit english and indic share; each has its own operating point. */
const englishAndIndicFit: Omit<AbstentionModel, 'threshold'> = {
  features: ['coverage', 'coverageLog', 'known', 'unknown', 'named', 'typed', 'margin', 'units', 'together'],
  means: [0.526323877503, -0.800975104046, 0.831042212086, 0.122860411329, 0.919684136375, 0.860348932688, 0.39194392357, 1.80613712902, 0.460830641366],
  scales: [0.276721100289, 0.58842094036, 0.230116072049, 0.172907861155, 0.237205551275, 0.27393316992, 0.288529647086, 0.366687200191, 0.294528277288],
  weights: [1.06042695105, 1.54801170195, 0.744491931808, -0.0183756748027, 0.476055213276, 0.822596852556, 0.6537386012, 0.627926476313, 2.05398045746],
  bias: 0.346986903893,
};

/** english, indic: questions answered from their own language (or Hindi and Bengali), one fit with an operating point for each; fromEnglish and intoEnglish: across English and an Indic language. */
export const ABSTENTION_MODELS: AbstentionModels = {
  english: {
    ...englishAndIndicFit,
    threshold: 0.30419275361,
  },
  indic: {
    ...englishAndIndicFit,
    threshold: 0.136162026183,
  },
  fromEnglish: {
    features: ['coverageLog', 'named', 'typed', 'margin', 'units', 'together'],
    means: [-1.08433198334, 0.810081909673, 0.863852811421, 0.377914649873, 1.77120696584, 0.278891624284],
    scales: [0.595821763263, 0.347918701816, 0.263700132087, 0.285582397626, 0.339625946711, 0.27475539705],
    weights: [2.6827548442, 0.194482890548, 1.16300331997, 0.442941516109, 0.465423231611, 0.0188531417931],
    bias: -0.109662364557,
    threshold: 0.291912465899,
  },
  intoEnglish: {
    features: ['coverageLog', 'passage', 'known', 'article', 'named', 'sounded', 'typed', 'margin', 'units'],
    means: [-1.30111590321, 0.262837390032, 0.757260574728, 0.544780844378, 0.98188765729, 0.334153591824, 0.858374641349, 0.305642489971, 1.88955210636],
    scales: [0.504334960152, 0.153207003305, 0.22419781748, 0.231940445304, 0.130563580802, 0.354485599551, 0.266377481063, 0.249070364676, 0.327041623848],
    weights: [0.591908570557, 0.84703814914, 0.079507375065, 0.163985869834, 0.629585080149, 0.365991722977, 0.433434859349, 0.447670524577, 0.377344251529],
    bias: 0.117182324755,
    threshold: 0.265800374739,
  },
};
