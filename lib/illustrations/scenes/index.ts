// Scene registry: photo id → scene function, in manifest order
// (restoration, industries, targets; most important first).
import { yellowRiverLegacyMines, terracesCheckDams, pineCappedHills, slopesAndBenches } from './restoration';
import { zhungeerzhaoDemoZone, xuejiawanApricots, shigetuHerbs, ruideAlfalfa, vineyards, roseFields } from './farms';
import { shigetuWeeding, truckChargingDawn } from './ground';
import { xuxuSolarPark, grazingUnderPanels, mineTruckCharging, nalinmiaoComplex, forestPvBelt, pvHydrogen } from './energy';

import type { Canvas } from '../svg';

export type Scene = (c: Canvas) => void;

export const SCENES = {
  'yellow-river-legacy-mines': yellowRiverLegacyMines,
  'terraces-check-dams': terracesCheckDams,
  'pine-capped-hills': pineCappedHills,
  'slopes-and-benches': slopesAndBenches,
  'zhungeerzhao-demo-zone': zhungeerzhaoDemoZone,
  'xuejiawan-apricots': xuejiawanApricots,
  'shigetu-herbs': shigetuHerbs,
  'shigetu-weeding': shigetuWeeding,
  'xuxu-solar-park': xuxuSolarPark,
  'ruide-alfalfa': ruideAlfalfa,
  'grazing-under-panels': grazingUnderPanels,
  'nalinmiao-complex': nalinmiaoComplex,
  vineyards: vineyards,
  'rose-fields': roseFields,
  'mine-truck-charging': mineTruckCharging,
  'forest-pv-belt': forestPvBelt,
  'pv-hydrogen': pvHydrogen,
  'truck-charging-dawn': truckChargingDawn,
  // "before" halves of the before/after pairs: the same scene and viewpoint, before the work
  'spoil-heap-before': (c) => slopesAndBenches(c, { before: true }),
  'gully-before': (c) => terracesCheckDams(c, { before: true }),
  'goaf-before': (c) => grazingUnderPanels(c, { before: true }),
} satisfies Record<string, Scene>;

export type SceneId = keyof typeof SCENES;

/** The "before" half of each before/after pair is drawn with its "after" partner's seed. */
export const SEED_OF: Partial<Record<SceneId, SceneId>> = {
  'spoil-heap-before': 'slopes-and-benches',
  'gully-before': 'terraces-check-dams',
  'goaf-before': 'grazing-under-panels',
};
export const isSceneId = (id: string): id is SceneId => Object.hasOwn(SCENES, id);

/** Scenes drawn in the archive style (primitives/archive.ts): the imagined land before the work, every one. */
export const ARCHIVE: ReadonlySet<string> = new Set(Object.keys(SEED_OF));
