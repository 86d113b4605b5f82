/** Queries a reader might type, in both languages: words, phrases, pinyin, a term, a number, a typo. */
export const searchQueries = [
  'mine',
  'mining',
  'solar',
  'solar panels',
  'reclamation',
  'restoration',
  'coal',
  'green mine',
  'grassland',
  'water',
  'dust',
  'vegetation',
  'photovoltaic',
  'forest',
  'soil',
  'erosion',
  'target',
  'industry',
  'policy',
  'carbon',
  'sheep',
  'alfalfa',
  'goaf',
  'subsidence',
  'Yellow River',
  'desert',
  'wind',
  'ecology',
  'land',
  'minning',
  '矿山',
  '绿色矿山',
  '光伏',
  '复垦',
  '生态修复',
  '煤炭',
  '草原',
  '黄河',
  '采空区',
  '治理',
  '植被',
  '水土保持',
  '准格尔',
  '目标',
  '产业',
  '沙漠',
  '土地',
  'lüse kuangshan',
  'kuangshan',
  '2025',
];

/**
 * The path of the bench's `n`th search (0-based): the list in turn, Chinese queries on /zh and every third other one
 * too; with `fresh`, a number is appended so that no query repeats ("every query new").
 */
export function benchSearchPath(n: number, fresh: boolean): string {
  const q = searchQueries[n % searchQueries.length]! + (fresh ? ` ${n + 1}` : '');
  const locale = /\p{Script=Han}/u.test(q) || (n + 1) % 3 === 0 ? 'zh' : 'en';
  return `/${locale}/search?q=${encodeURIComponent(q)}`;
}
