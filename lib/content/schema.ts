import { z } from 'zod';
import { sectionIds } from './sections';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, hyphens)');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
/** YAML reads bare dates as Date objects; both forms end up as `YYYY-MM-DD`. */
const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.valueOf()) ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
);
/** Text given in both languages: a missing translation is a build error. */
export const bilingual = z.object({ zh: nonEmpty, en: nonEmpty }, { error: 'needs both zh and en' });
export type Bilingual = z.infer<typeof bilingual>;
export const section = z.enum(sectionIds);
const passageRef = z.object({ section, id: slug });

/** Same words as the title, only the capitals may differ (a casing form must not drift from the headline). */
const sameWords = (a: string, b: string) => a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();

/** The two citation casings of an English title: both or neither, each the title's own words (lib/cite). */
function titleCasings(fm: { title: string; titleSentenceCase?: string; titleHeadlineCase?: string }, ctx: z.RefinementCtx) {
  for (const key of ['titleSentenceCase', 'titleHeadlineCase'] as const) {
    const form = fm[key];
    if (form !== undefined && !sameWords(form, fm.title))
      ctx.addIssue({ code: 'custom', path: [key], message: `must be the title "${fm.title}" with other capitals, not other words` });
  }
  if ((fm.titleSentenceCase === undefined) !== (fm.titleHeadlineCase === undefined))
    ctx.addIssue({
      code: 'custom',
      path: [fm.titleSentenceCase ? 'titleHeadlineCase' : 'titleSentenceCase'],
      message: 'give both casings or neither',
    });
}

export const articleFrontmatter = z
  .strictObject({
    title: nonEmpty,
    /** Optional short display line for the first screen (≤ 40 characters); the full title is still the h1. */
    displayTitle: nonEmpty.max(40, 'must be at most 40 characters (it is set large on the first screen)').optional(),
    /** English titles, cased per citation style by the editors (lib/cite): APA sentence case, Chicago/MLA headline case. */
    titleSentenceCase: nonEmpty.optional(),
    titleHeadlineCase: nonEmpty.optional(),
    standfirst: nonEmpty,
    summary: nonEmpty.max(200, 'must be at most 200 characters (it is the meta description)'),
    published: isoDate,
    updated: isoDate,
    hero: slug,
  })
  .superRefine(titleCasings);
export type ArticleFrontmatter = z.infer<typeof articleFrontmatter>;

export const homeFrontmatter = z
  .strictObject({
    title: nonEmpty,
    /** English: the title cased for the press kit's citations of the site, as in an article. */
    titleSentenceCase: nonEmpty.optional(),
    titleHeadlineCase: nonEmpty.optional(),
    standfirst: nonEmpty,
    summary: nonEmpty.max(200, 'must be at most 200 characters (it is the meta description)'),
    /** The photo id of the home page's lead picture (also the printed brief's). */
    hero: slug,
  })
  .superRefine(titleCasings);
export type HomeFrontmatter = z.infer<typeof homeFrontmatter>;

export const photo = z.strictObject({
  id: slug,
  file: z.string().regex(/^photos\/[a-z0-9-]+\.(jpg|jpeg|png|webp)$/, 'must be photos/<name>.jpg|png|webp under public/'),
  kind: z.enum(['photograph', 'illustration']),
  section,
  place: bilingual,
  caption: bilingual,
  alt: bilingual,
  credit: bilingual.optional(),
  license: nonEmpty,
  licenseUrl: z.url().optional(),
  featured: z.boolean().default(false),
});
export const photosFile = z.strictObject({ photos: z.array(photo).min(1) });
export type PhotoEntry = z.infer<typeof photo>;

/** The glossary's categories, in the order the topic page lists them (each needs `categories.*` in the glossary messages). */
export const termCategories = ['policy', 'plan', 'technique', 'industry', 'place'] as const;

export const term = z.strictObject({
  id: slug,
  zh: nonEmpty,
  pinyin: nonEmpty,
  en: nonEmpty,
  category: z.enum(termCategories),
  definition: bilingual,
  short: bilingual,
  aliases: z.strictObject({ zh: z.array(nonEmpty).default([]), en: z.array(nonEmpty).default([]) }).default({ zh: [], en: [] }),
  related: z.array(slug).default([]),
  /**
   * `official` names where the English form is used; a `site` rendering may carry a note on the forms in use. The
   * note is in both languages: a Chinese page says it in Chinese, quoting the English forms as they are written.
   */
  rendering: z.discriminatedUnion('status', [
    z.strictObject({ status: z.literal('official'), source: bilingual }),
    z.strictObject({ status: z.literal('site'), source: bilingual.optional() }),
  ]),
});
export const glossaryFile = z.strictObject({ terms: z.array(term).min(1) });
export type TermEntry = z.infer<typeof term>;

const localized = z.union([nonEmpty, bilingual]);
/**
 * A figure's period as the feature states it, in its own words (zh and en), or `"not-stated"` when the feature
 * gives none: the site never supplies a year the source does not. Pages show it through `figurePeriod`.
 */
export const notStated = 'not-stated';
const periodHint = 'give the period as the feature states it ({ "zh": …, "en": … }) or "not-stated" if the feature gives none';
export const figurePeriodField = z.union([bilingual, z.literal(notStated)], {
  error: (issue) => (issue.input === undefined ? `is missing: ${periodHint}` : `must be ${periodHint}`),
});
export const figure = z.strictObject({
  id: slug,
  value: localized,
  unit: bilingual,
  label: bilingual,
  period: figurePeriodField,
  passage: passageRef,
  source: bilingual,
});
export const figuresFile = z.strictObject({ figures: z.array(figure).min(1) });
export type FigureEntry = z.infer<typeof figure>;

export const timelineEntry = z.strictObject({
  id: slug,
  start: z.number().int().optional(),
  end: z.number().int().optional(),
  when: bilingual,
  title: bilingual,
  detail: bilingual,
  status: z.enum(['plan', 'measure', 'goal', 'ahead']),
  passage: passageRef,
});
export const timelineFile = z.strictObject({ entries: z.array(timelineEntry).min(1) });
export type TimelineEntry = z.infer<typeof timelineEntry>;

const natureError =
  'is missing or unknown: say "fact" (the old text stated something false or not in the feature), "attribution" (it only failed to credit the feature) or "wording" (a rendering, same meaning), or give one of these per language';
const natureWord = z.enum(['fact', 'attribution', 'wording'], { error: natureError });
export type CorrectionNature = z.infer<typeof natureWord>;

/**
 * One entry of the public corrections log (content/corrections.json): what changed in which passage, when and
 * why, in both languages. `passage` must name a passage of `section` (the content check refuses any other), and
 * the article's `updated` may not be earlier than its newest entry.
 */
export const correction = z.strictObject({
  id: slug,
  date: isoDate,
  section,
  passage: slug,
  /**
   * Where the change was made when it was not in the passage's own text: a glossary entry or the home page that
   * restated the passage. The entry is listed with its article and links to the passage it concerns, but that
   * passage carries no † (its text did not change). Absent: the passage's text changed.
   */
  where: z.enum(['glossary', 'home'], { error: 'is unknown: say "glossary" or "home", or leave it out (the passage itself)' }).optional(),
  kind: z.enum(['correction', 'update']),
  /**
   * What the change did to the facts, which decides how it is shown (newsroom practice: a correction fixes an
   * error of fact, a clarification fixes how a statement was credited, a wording change is logged but not flagged):
   * `fact` means the old text stated something false or something the feature does not state (a number, a place, a
   * level of government, an owner or actor, a date or period, an added detail); it is listed item by item, and the
   * passage carries a † linking to it. `attribution` means everything the old text said is in the feature, but it
   * stated the feature's claim, aim, judgement or slogan as established fact or in another voice (now credited to
   * the feature). `wording` changed a rendering or heading with no change of meaning. The last two carry no mark
   * in the text and are listed folded. When the two languages' old texts went wrong differently, give one value per
   * language, e.g. { "zh": "attribution", "en": "fact" } (the loader checks it names exactly `languages`).
   */
  nature: z.union([natureWord, z.strictObject({ zh: natureWord.optional(), en: natureWord.optional() })], {
    error: natureError,
  }),
  /**
   * Which language's published text the change altered: an article page shows only the entries for its own
   * language (a Chinese reader is not shown a fix to English wording); so does each locale's corrections page,
   * which counts the others in one line linking to the other language's page.
   */
  languages: z
    .array(z.enum(['zh', 'en']), { error: 'is missing: list the languages whose text changed, e.g. ["zh", "en"]' })
    .min(1, { error: 'names no language: list the languages whose text changed' })
    .refine((l) => new Set(l).size === l.length, { error: 'names a language twice' }),
  what: bilingual,
  why: bilingual,
});
export const correctionsFile = z.strictObject({ corrections: z.array(correction) });
export type CorrectionEntry = z.infer<typeof correction>;

export const redirectsFile = z.strictObject({
  redirects: z.array(z.strictObject({ from: z.string().startsWith('/'), to: z.string().startsWith('/') })),
});

/** content/previews.json: the photo on each listing page's link-preview card (articles use their hero). */
export const previewPages = ['home', 'search', 'glossary', 'press', 'brief', 'gallery'] as const;
export type PreviewPage = (typeof previewPages)[number];
export const previewsFile = z.strictObject({
  $comment: z.string().optional(),
  previews: z.strictObject(Object.fromEntries(previewPages.map((p) => [p, slug])) as Record<PreviewPage, typeof slug>),
});

/**
 * content/diagrams.json: the words of each explanatory diagram (components/diagrams). Every id needs a drawing
 * (`drawnDiagrams` in lib/diagrams; the content check refuses an entry without one, and a drawing without an entry).
 */
export const diagramText = z.strictObject({
  /** The glossary term the diagram explains: the term's page shows it, linked to the passage it follows. */
  term: slug.optional(),
  medium: bilingual,
  title: bilingual,
  description: bilingual,
  /** Every word the drawing shows; a \n breaks the line. */
  labels: z.record(z.string(), bilingual),
  /**
   * A drawing told in steps (components/diagrams/Sequence.tsx): each step's short heading and its sentence. The
   * drawing shows one state per step; its words stay within what the description says. The limit is also the
   * number of steps components/diagrams/diagrams.css spells out; lib/testing/css-keys.test.ts keeps the two equal.
   */
  steps: z
    .array(z.strictObject({ title: bilingual, text: bilingual }))
    .min(2)
    .max(4)
    .optional(),
});
export const diagramsFile = z.strictObject({ note: z.string(), diagrams: z.record(slug, diagramText) });
export type DiagramText = z.infer<typeof diagramText>;

/** content/charts/before-after.json: the home page's before/after pairs (photo ids, checked against photos.json). */
export const beforeAfterFile = z.strictObject({
  note: z.string(),
  pairs: z.array(z.strictObject({ before: slug, after: slug, title: bilingual, afterCaption: bilingual.optional() })).min(1),
});
export type BeforeAfterEntry = z.infer<typeof beforeAfterFile>['pairs'][number];

/** content/charts/pv-belt-scale.json: the scale drawing's figure (a passage of the feature) and its reference area. */
export const scaleFile = z.strictObject({
  note: z.string(),
  belt: z.strictObject({ mu: z.number().positive(), haPerMu: z.number().positive(), passage: passageRef }),
  reference: z.strictObject({ name: bilingual, ha: z.number().positive(), source: nonEmpty, sourceUrl: z.url() }),
});
export type ScaleFile = z.infer<typeof scaleFile>;

const labelAt = z.enum(['n', 'ne', 'nw', 'e', 'w', 's']);
const lonLat = z.tuple([z.number(), z.number()]);
const city = z.strictObject({
  id: slug,
  name: bilingual,
  source: nonEmpty,
  sourceUrl: z.url().optional(),
  /** The city's name in Natural Earth, where its coordinates come from (lib/map/build.ts). */
  ne: z.string().optional(),
  lonLat: lonLat.optional(),
  labelAt,
});
/** content/map/places.json: every place on the locator map, each with its source. */
export const placesFile = z
  .strictObject({
    note: z.string(),
    cities: z.array(city),
    /** The overview panel's cities (Natural Earth's inset extract): ids start with `overview-`. */
    overview: z.array(city.refine((c) => c.id.startsWith('overview-'), { message: 'overview city ids start with "overview-"' })),
    banner: z.strictObject({
      id: slug,
      name: bilingual,
      extent: z.strictObject({ west: z.number(), east: z.number(), south: z.number(), north: z.number() }),
      source: nonEmpty,
      sourceUrl: z.url(),
      drawn: z.string().optional(),
    }),
    sites: z.array(
      z
        .strictObject({
          id: slug,
          name: bilingual,
          /** Only where a public source gives the position; `source` then quotes its coordinate text. */
          lonLat: lonLat.nullable(),
          /** A drawn site's id this one is known to lie in (it gets no mark of its own). */
          inTown: slug.optional(),
          known: bilingual.nullable(),
          source: nonEmpty,
          sourceUrl: z.url().optional(),
          labelAt: labelAt.optional(),
        })
        .refine((s) => !s.lonLat || (s.sourceUrl && s.labelAt), {
          message: 'a site with lonLat needs sourceUrl (where the coordinate is published) and labelAt',
        }),
    ),
  })
  .superRefine((p, ctx) => {
    for (const [i, s] of p.sites.entries())
      if (s.inTown && !p.sites.some((t) => t.id === s.inTown && t.lonLat))
        ctx.addIssue({ code: 'custom', path: ['sites', i, 'inTown'], message: `"${s.inTown}" is not a site with lonLat` });
  });
export type MapPlaces = z.infer<typeof placesFile>;

const drawnPlace = z.strictObject({ id: slug, lonLat, at: z.tuple([z.number(), z.number()]), labelAt });
const oval = z.strictObject({ cx: z.number(), cy: z.number(), rx: z.number(), ry: z.number() });
const frame = z.strictObject({ west: z.number(), east: z.number(), south: z.number(), north: z.number(), scale: z.number() });
const layers = {
  width: z.number().positive(),
  height: z.number().positive(),
  frame,
  rivers: z.array(z.strictObject({ name: z.string(), major: z.boolean(), d: z.string() })),
  lakes: z.array(z.strictObject({ name: z.string(), d: z.string() })),
  cities: z.array(drawnPlace),
  banner: oval,
};
/** content/map/base.json, written by lib/map/build.ts: the regional panel at the top level, the overview under `overview`. */
export const mapBaseFile = z.strictObject({
  generatedBy: z.string(),
  ...layers,
  sites: z.array(drawnPlace),
  overview: z.strictObject({
    ...layers,
    regionKey: z.strictObject({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }),
  }),
});
export type MapBase = z.infer<typeof mapBaseFile>;
export type Oval = z.infer<typeof oval>;
