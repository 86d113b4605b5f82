import { diagramSteps, type SvgDiagram } from '@/lib/diagrams';
import { Arrow, GAP, Label, Leader, Rain, W, r, type Say } from './parts';
import { SEQ_ATTR } from './sequence-keys';

/**
 * A drawing told in steps draws each part as a layer belonging to some steps. Given `step`, only that state is
 * drawn (the plain series); without it every layer is drawn, each marked with the steps it belongs to, and
 * diagrams.css shows the current step's layers (the sticky stage, components/diagrams/Sequence.tsx).
 */
function layerFor(step: number | undefined) {
  return function layer(on: number[], children: React.ReactNode): React.ReactNode {
    if (step === undefined)
      return (
        <g key={on.join()} className="seq-layer" {...{ [SEQ_ATTR.layers]: on.join(' ') }}>
          {children}
        </g>
      );
    return on.includes(step) ? <g key={on.join()}>{children}</g> : null;
  };
}

/**
 * Slopes into terraces, in three states (content/diagrams.json `steps`): the bare slope losing its soil, the same
 * slope cut into level steps with banks, then the steps holding the rain and farmed. Given `step`, only that
 * state is drawn (the plain series); without it every layer is drawn, each marked with the steps it belongs to,
 * and diagrams.css shows the current step's layers (the sticky stage, components/diagrams/Sequence.tsx).
 */
function TerraceSteps({ say, step }: DrawProps) {
  const layer = layerFor(step);
  const steps = [
    [0, 150],
    [100, 150],
    [110, 122],
    [190, 122],
    [200, 94],
    [280, 94],
    [290, 66],
    [400, 66],
  ];
  const edges = [
    [110, 122],
    [200, 94],
    [290, 66],
  ] as const;
  return (
    <>
      {layer(
        [1],
        <>
          <path d="M0 150L40 150L360 56L400 56V168H0Z" fill="var(--dg-soil)" />
          <path d="M318 76C250 96 170 118 78 142" fill="none" stroke="var(--dg-water)" strokeWidth={2.5} strokeDasharray="7 4" />
          <Arrow x={74} y={143} deg={164} fill="var(--dg-water)" />
          <path d="M30 158c6 -4 12 -4 18 0s12 4 18 0" fill="none" stroke="var(--dg-soil-dark)" strokeWidth={3} />
          {/* Two lines between the running water and the foot of the soil: clear of both edges in either language. */}
          <Label x={200} y={134} text={say('runoff')} className="dg-soft" />
          <Label x={8} y={140} text={say('lostSoil')} />
        </>,
      )}
      {layer(
        [2, 3],
        <>
          <path d={`M${steps.map((p) => p.join(' ')).join('L')}V168H0Z`} fill="var(--dg-soil)" />
          <path d="M0 150L40 150L360 56L400 56" fill="none" stroke="var(--dg-line)" strokeWidth={1.4} strokeDasharray="5 4" />
          {edges.map(([x, y]) => (
            <path key={x} d={`M${x} ${y}v-7h6v7z`} fill="var(--dg-soil-dark)" />
          ))}
          <Label x={396} y={50} text={say('oldSlope')} anchor="end" className="dg-soft" />
        </>,
      )}
      {layer(
        [2],
        <>
          <Leader d="M250 96L268 130" />
          <Label x={268} y={146} text={say('step')} anchor="middle" />
        </>,
      )}
      {layer(
        [3],
        <>
          {edges.map(([x, y]) => (
            <g key={x}>
              <path d={`M${x + 8} ${y - 1}h${60}`} stroke="var(--dg-water)" strokeWidth={2.5} />
              {[24, 40, 56].map((dx) => (
                <path
                  key={dx}
                  d={`M${x + dx} ${y - 3}l-3 -8M${x + dx} ${y - 3}l0 -10M${x + dx} ${y - 3}l3 -8`}
                  stroke="var(--dg-pine)"
                  strokeWidth={1.6}
                />
              ))}
            </g>
          ))}
          <Leader d="M206 88L176 60" />
          <Label x={176} y={55} text={say('bank')} anchor="end" />
          <Leader d="M250 96L268 130" />
          <Label x={268} y={146} text={say('farmed')} anchor="middle" />
        </>,
      )}
      <Rain x0={150} x1={330} y={14} />
    </>
  );
}

/** The hill in plan (contour rings: pines, cash trees, fields) and the same hill in section. */
function HillLayers({ say, wide }: DrawProps) {
  const cx = 200;
  const cy = 132;
  const ring = (rx: number, ry: number, wobble: number) => {
    // A closed contour: an ellipse with a little irregularity, so it reads as ground, not a target.
    const pts = Array.from({ length: 16 }, (_, i) => {
      const a = (i / 16) * Math.PI * 2;
      const k = 1 + wobble * Math.sin(3 * a + 0.7) + wobble * 0.6 * Math.cos(5 * a);
      return [cx + Math.cos(a) * rx * k, cy + Math.sin(a) * ry * k * 0.92 - 6] as const;
    });
    return 'M' + pts.map(([x, y]) => `${r(x)} ${r(y)}`).join('L') + 'Z';
  };
  return (
    <>
      <Label x={0} y={16} text={say('plan')} className="dg-head" />
      <path d={ring(190, 110, 0.04)} fill="var(--dg-field)" />
      {[168, 150].map((rad) => (
        <path key={rad} d={ring(rad, rad * 0.58, 0.04)} fill="none" stroke="var(--dg-soil-dark)" strokeWidth={1} strokeDasharray="2 3" />
      ))}
      <path d={ring(132, 77, 0.05)} fill="var(--dg-orchard)" />
      <path d={ring(70, 42, 0.06)} fill="var(--dg-pine)" />
      {/* Cash trees round the waist: one path of dots. */}
      <path
        d={Array.from({ length: 12 }, (_, i) => {
          const a = (i / 12) * Math.PI * 2;
          return `M${r(cx + Math.cos(a) * 102 - 5)} ${r(cy - 6 + Math.sin(a) * 58)}a5 5 0 1 0 10 0a5 5 0 1 0 -10 0`;
        }).join('')}
        fill="var(--dg-pine)"
        opacity={0.55}
      />
      {[
        [-30, -14],
        [0, -20],
        [28, -10],
        [-14, 10],
        [18, 14],
      ].map(([dx, dy]) => (
        <path key={`${dx}`} d={`M${cx + dx!} ${cy + dy! - 16}l-7 13h14z`} fill="#ffffff" opacity={0.6} />
      ))}
      <g fill="none" stroke="var(--dg-line)" strokeWidth={1}>
        <path d={ring(190, 110, 0.04)} />
        <path d={ring(132, 77, 0.05)} />
        <path d={ring(70, 42, 0.06)} />
      </g>
      <Label x={cx} y={cy} text={say('cap')} anchor="middle" />
      <Label x={cx} y={cy - 52} text={say('waist')} anchor="middle" />
      <Label x={cx} y={cy + 82} text={say('foot')} anchor="middle" />
      <Leader d="M350 118l16 -70" />
      <Label x={398} y={42} text={say('contour')} anchor="end" className="dg-soft" />

      {/* Side by side, the section sits level with the middle of the plan. */}
      <g transform={wide ? `translate(${W + GAP} 62)` : 'translate(0 258)'}>
        <Label x={0} y={16} text={say('section')} className="dg-head" />
        <path
          d="M0 118H20C70 114 90 100 120 80C150 60 175 36 200 34C225 36 250 60 280 80C310 100 330 114 380 118H400V130H0Z"
          fill="var(--dg-soil)"
        />
        <path d="M0 118H20C70 114 90 100 104 91L100 118Z" fill="var(--dg-field)" />
        <path d="M400 118H380C330 114 310 100 296 91L300 118Z" fill="var(--dg-field)" />
        <path d="M0 116H92M308 116H400" stroke="var(--dg-field)" strokeWidth={5} />
        {[118, 138, 262, 282].map((x, i) => (
          <g key={x}>
            <path d={`M${x} ${i < 2 ? 82 - (x - 118) : 68 + (x - 262)}v-8`} stroke="var(--dg-soil-dark)" strokeWidth={2} />
            <circle cx={x} cy={(i < 2 ? 82 - (x - 118) : 68 + (x - 262)) - 13} r={7} fill="var(--dg-orchard)" />
          </g>
        ))}
        {[176, 192, 208, 224].map((x) => (
          <path key={x} d={`M${x} ${38 + Math.abs(x - 200) * 0.3}l-7 -4l7 -22l7 22z`} fill="var(--dg-pine)" />
        ))}
      </g>
    </>
  );
}

/**
 * A gully cut along its length, upstream on the left, in three states (content/diagrams.json `steps`): the bare
 * gully, its muddy water carrying silt away; a dam across it holding back the water while silt settles behind it;
 * then silt built up into flats behind two dams, one below the other (the feature gives no number of dams: "a
 * gully can have several"), held water by each dam and the flats farmed. Layered like TerraceSteps.
 */
function CheckDam({ say, step }: DrawProps) {
  const layer = layerFor(step);
  // The bed falls from upper left to lower right: y = 70 + k x.
  const k = 0.28;
  const bed = (x: number) => r(70 + k * x);
  const dam = (x: number, h: number) => {
    const y = bed(x);
    const top = y - h;
    const start = r((top + 4 - 70) / k);
    return { x, y, top, start };
  };
  const dams = [dam(180, 46), dam(345, 46)];
  const [upper, lower] = dams as [ReturnType<typeof dam>, ReturnType<typeof dam>];
  const rock = (d: ReturnType<typeof dam>) => (
    <path
      d={`M${d.x - 6} ${d.y + 2}L${d.x - 2} ${d.top}H${d.x + 8}L${d.x + 16} ${d.y + 5}Z`}
      fill="var(--dg-rock)"
      stroke="var(--dg-frame)"
      strokeWidth={1}
    />
  );
  const flat = (d: ReturnType<typeof dam>) => `M${d.start} ${d.top + 4}H${d.x - 4}V${d.y}L${d.start} ${d.top + 4}Z`;
  const crops = (x0: number, y: number) =>
    [0, 12, 24].map((dx) => (
      <path
        key={dx}
        d={`M${x0 + dx} ${y - 1}l-3 -8M${x0 + dx} ${y - 1}v-10M${x0 + dx} ${y - 1}l3 -8`}
        stroke="var(--dg-pine)"
        strokeWidth={1.6}
      />
    ));
  return (
    <>
      <path d={`M0 ${bed(0)}L${W} ${bed(W)}V230H0Z`} fill="var(--dg-soil)" />
      {layer(
        [1],
        <>
          {/* Muddy water running the whole length of the bed and on downstream. */}
          <path d={`M14 ${bed(14) - 8}L370 ${bed(370) - 8}`} fill="none" stroke="var(--dg-water)" strokeWidth={2.5} strokeDasharray="7 4" />
          <Arrow x={380} y={bed(380) - 6} deg={16} fill="var(--dg-water)" />
          <path
            d={[60, 150, 240, 320].map((x) => `M${x} ${bed(x) - 4}h8`).join('')}
            stroke="var(--dg-soil-dark)"
            strokeWidth={3}
            strokeLinecap="round"
          />
          <Label x={396} y={bed(396) - 40} text={say('carried')} anchor="end" />
          <Label x={16} y={bed(16) + 46} text={say('bed')} className="dg-soft" />
        </>,
      )}
      {layer(
        [2],
        <>
          {/* Water held behind the new dam; a first layer of silt on the bed under it. */}
          <path d={flat(upper)} fill="var(--dg-water)" opacity={0.45} />
          <path d={`M${upper.start + 50} ${bed(upper.start + 50)}L${upper.x - 4} ${upper.y - 12}V${upper.y}Z`} fill="var(--dg-silt)" />
          <Leader d={`M${upper.x - 40} ${upper.y - 6}L${upper.x - 20} ${upper.y + 30}`} />
          <Label x={upper.x - 20} y={upper.y + 46} text={say('settle')} anchor="middle" />
          <Label x={upper.x - 70} y={upper.top + 22} text={say('water')} anchor="middle" />
        </>,
      )}
      {layer(
        [2, 3],
        <>
          {rock(upper)}
          <Label x={upper.x + 4} y={upper.top - 10} text={say('dam')} anchor="middle" className="dg-head" />
          <path d="M14 58C40 64 60 66 88 70" fill="none" stroke="var(--dg-water)" strokeWidth={2.5} strokeDasharray="7 4" />
          <Arrow x={92} y={70.5} deg={10} fill="var(--dg-water)" />
        </>,
      )}
      {layer(
        [3],
        <>
          {dams.map((d) => (
            <g key={d.x}>
              <path d={flat(d)} fill="var(--dg-silt)" />
              <path d={`M${d.x - 50} ${d.top + 4}H${d.x - 4}`} stroke="var(--dg-water)" strokeWidth={5} />
            </g>
          ))}
          {[0, 1, 2].map((i) => (
            <path
              key={i}
              d={`M${upper.start + 10 + i * 30} ${upper.top + 12 + i * 3}h${22 + i * 6}`}
              stroke="var(--dg-soil-dark)"
              strokeWidth={1}
              opacity={0.6}
            />
          ))}
          {crops(upper.start + 76, upper.top + 4)}
          {crops(lower.start + 12, lower.top + 4)}
          {rock(lower)}
          <Label x={lower.x + 4} y={lower.top - 10} text={say('dam')} anchor="middle" className="dg-head" />
          <Leader d={`M${lower.start + 60} ${lower.top + 10}L${lower.start + 40} ${lower.top + 44}`} />
          <Label x={lower.start + 40} y={lower.top + 60} text={say('silt')} anchor="middle" />
          <Label x={upper.x - 60} y={upper.top + 26} text={say('water')} anchor="middle" />
        </>,
      )}
      <Label x={8} y={40} text={say('flow')} />
      <Rain x0={230} x1={390} y={14} />
      <Label x={4} y={222} text={`← ${say('upstream')}`} className="dg-soft" />
      <Label x={W - 4} y={222} text={`${say('downstream')} →`} anchor="end" className="dg-soft" />
    </>
  );
}

/** Stepped ground in section: trees on the sloping faces, grass on the flat benches. */
function SlopesBenches({ say, wide }: DrawProps) {
  // Three faces, each rising 46 units; set wide, the benches between them are longer and carry more grass.
  const width = wide ? 2 * W + GAP : W;
  const at = wide ? [60, 330, 600] : [24, 148, 272];
  const faces = at.map((x, i) => [x, 196 - 46 * i, x + 40, 150 - 46 * i] as const);
  const benches = faces.map(([, , x1, y1], i) => [x1, faces[i + 1]?.[0] ?? width, y1] as const);
  return (
    <>
      <path d={`M0 196${faces.map(([x0, , x1, y1]) => `H${x0}L${x1} ${y1}`).join('')}H${width}V220H0Z`} fill="var(--dg-soil)" />
      <path d={benches.map(([x0, x1, y]) => `M${x0} ${y}H${x1}`).join('')} stroke="var(--dg-grass)" strokeWidth={6} />
      {benches.map(([x0, x1, y]) =>
        Array.from({ length: Math.floor((Math.min(x1, x0 + (wide ? 230 : 84)) - x0 - 10) / 16) + 1 }, (_, k) => 10 + 16 * k).map((dx) => (
          <path
            key={`${x0}-${dx}`}
            d={`M${x0 + 6 + dx} ${y - 3}l-3 -7M${x0 + 6 + dx} ${y - 3}v-9M${x0 + 6 + dx} ${y - 3}l3 -7`}
            stroke="var(--dg-orchard)"
            strokeWidth={1.5}
          />
        )),
      )}
      {faces.map(([x0, y0, x1, y1]) =>
        [0.25, 0.6].map((t) => {
          const x = r(x0 + (x1 - x0) * t);
          const y = r(y0 + (y1 - y0) * t);
          return (
            <g key={`${x0}-${t}`}>
              <path d={`M${x} ${y}v-14`} stroke="var(--dg-soil-dark)" strokeWidth={2} />
              <circle cx={x} cy={y - 20} r={9} fill="var(--dg-pine)" />
            </g>
          );
        }),
      )}
      {wide ? (
        <>
          <Leader d="M350 112L290 66" />
          <Label x={150} y={40} text={say('slope')} />
          <Leader d="M480 100L500 132" />
          <Label x={502} y={150} text={say('bench')} anchor="middle" />
        </>
      ) : (
        <>
          <Leader d="M170 112L96 66" />
          <Label x={4} y={40} text={say('slope')} />
          <Leader d="M232 100L250 132" />
          <Label x={252} y={150} text={say('bench')} anchor="middle" />
        </>
      )}
      <Label x={width - 6} y={212} text={say('ground')} anchor="end" className="dg-soft" />
    </>
  );
}

/** Solar rows in an isometric view: panels tilted to the sun overhead, grass and grazing animals below. */
function AboveBelow({ say, wide }: DrawProps) {
  // Isometric: x runs down-right, y down-left, z up; one unit = 20 drawing units.
  const s = 20;
  const iso = (x: number, y: number, z: number): [number, number] => [214 + (x - y) * 0.866 * s, 70 + (x + y) * 0.5 * s - z * s];
  const pt = (x: number, y: number, z: number) => iso(x, y, z).map(r).join(' ');
  const poly = (...p: [number, number, number][]) => 'M' + p.map((q) => pt(...q)).join('L') + 'Z';
  const rows = [1.2, 4.4, 7.6];
  // Set wide, the rows run twice as long (the block grows to the right, where the labels then stand), so the
  // drawing fills a wide figure without growing taller than a screen.
  const length = wide ? 17 : 8.5;
  const along = (list: number[]) => (wide ? list.flatMap((t) => [t / 2, 0.5 + t / 2]) : list);
  const endX = (x: number, y: number) => pt(x, y, 0).split(' ').map(Number)[0]!;
  return (
    <g transform={wide ? 'translate(70 0)' : undefined}>
      <path d={poly([0, 0, 0], [length + 1, 0, 0], [length + 1, 10, 0], [0, 10, 0])} fill="var(--dg-grass)" />
      <circle cx={44} cy={36} r={14} fill="var(--dg-sun)" />
      <Label x={66} y={30} text={say('sun')} className="dg-soft" />
      <path d="M60 52l34 22M44 58l20 32" stroke="var(--dg-sun)" strokeWidth={2} strokeDasharray="4 4" />
      {rows.map((y, row) => (
        <g key={y}>
          {/* Animals under and between the rows (after the row behind, before the row in front). */}
          {row > 0 &&
            (wide ? [1.6, 5.2, 8.8, 12.4] : [1.6, 5.2]).map((x, i) => {
              const [ax, ay] = iso(x + row * 0.7, y - 1.5, 0);
              return (
                <g key={x} transform={`translate(${r(ax)} ${r(ay)})`}>
                  <ellipse cx={0} cy={-7} rx={9} ry={6} fill="var(--dg-animal)" stroke="var(--dg-frame)" strokeWidth={1} />
                  <circle cx={i % 2 ? -9 : 9} cy={-10} r={3.5} fill="var(--dg-frame)" />
                  <path d="M-5 -2v5M5 -2v5" stroke="var(--dg-frame)" strokeWidth={1.5} />
                </g>
              );
            })}
          {(wide ? [0.6, length / 2, length - 0.6] : [0.6, length - 0.6]).map((x) => (
            <path
              key={x}
              d={`M${pt(x, y, 0)}L${pt(x, y, 1.1)}M${pt(x, y + 1.3, 0)}L${pt(x, y + 1.3, 0.5)}`}
              stroke="var(--dg-frame)"
              strokeWidth={2}
            />
          ))}
          <path
            d={poly([0, y, 1.35], [length, y, 1.35], [length, y + 1.5, 0.6], [0, y + 1.5, 0.6])}
            fill="var(--dg-panel)"
            stroke="var(--dg-panel-edge)"
            strokeWidth={1}
          />
          <path
            d={along([0.25, 0.5, 0.75])
              .map((t) => `M${pt(length * t, y, 1.35)}L${pt(length * t, y + 1.5, 0.6)}`)
              .join('')}
            stroke="var(--dg-panel-edge)"
            strokeWidth={0.8}
          />
        </g>
      ))}
      {wide ? (
        <>
          <Leader d={`M${pt(length - 0.3, rows[0]! + 0.2, 1.3)}L556 204`} />
          <Label x={560} y={200} text={say('above')} />
          <Leader d={`M${pt(length + 0.3, rows[1]! + 0.6, 0.1)}L556 296`} />
          <Label x={560} y={301} text={say('below')} />
        </>
      ) : (
        <>
          <Leader d={`M${pt(length - 1, rows[0]!, 1.4)}L370 38`} />
          <Label x={398} y={30} text={say('above')} anchor="end" />
          {/* Below the front corner of the first row's frame, so the label crosses no panel. */}
          <Leader d={`M${pt(length + 0.3, rows[1]! + 0.6, 0.1)}L304 208`} />
          <Label x={398} y={213} text={say('below')} anchor="end" />
        </>
      )}
      <Leader d={`M${pt(1.2, rows[2]! - 1.4, 0.2)}L64 240`} />
      <Label x={8} y={256} text={say('animals')} />
      <Label x={endX(length + 0.6, 9.3) + 6} y={wide ? 367 : 282} text={say('row')} className="dg-soft" />
    </g>
  );
}

/** `wide`: the side-by-side form; `step`: one state of a drawing told in steps (undefined: every layer). */
type DrawProps = { say: Say; wide?: boolean; step?: number };

/**
 * Each drawing: its height in units (the width is always W) and its content. A drawing of two panels (before and
 * after, plan and section) stacks them in a column and, given `wide`, sets them side by side in a box of
 * `wideHeight` × (2 W + GAP): a wide figure is then filled without the drawing growing taller than a screen. A
 * drawing told in `steps` draws one state per step (components/diagrams/Sequence.tsx).
 */
export const drawings: Record<
  SvgDiagram,
  { height: number; wideHeight?: number; steps?: number; Draw: (p: DrawProps) => React.ReactNode }
> = {
  terraces: { height: 172, steps: diagramSteps.terraces, Draw: TerraceSteps },
  'hill-layers': { height: 392, wideHeight: 258, Draw: HillLayers },
  'check-dam': { height: 232, steps: diagramSteps['check-dam'], Draw: CheckDam },
  'slopes-benches': { height: 222, wideHeight: 222, Draw: SlopesBenches },
  'above-below': { height: 292, wideHeight: 380, Draw: AboveBelow },
};
