import { useId } from 'react';
import {
  currentStation,
  terminalNames,
  trips,
  type NginxState,
  type Os,
  type Station,
  type TripKind,
} from '@/lib/simulations/docker-desktop';

type Props = { state: NginxState; animate?: boolean };

// The reader's laptop drawn as a map, in SVG user units (a 340 × 430 box that scales with the
// widget): terminal and browser on the desktop; inside Docker Desktop the port forwarding and the
// Linux VM; inside the VM the engine and the container; Docker Hub outside, on the internet. Each
// hop of a trip is a drawn segment; the one just travelled is drawn in as the reader presses on.

type Box = { x: number; y: number; w: number; h: number };

const boxes: Readonly<Record<Exclude<Station, 'back'>, Box>> = {
  cli: { x: 12, y: 30, w: 148, h: 50 },
  browser: { x: 180, y: 30, w: 148, h: 50 },
  port: { x: 180, y: 122, w: 108, h: 46 },
  engine: { x: 22, y: 216, w: 140, h: 84 },
  container: { x: 180, y: 216, w: 138, h: 84 },
  hub: { x: 12, y: 362, w: 148, h: 56 },
};

/** Segment n of a trip leads into its station n; each ends going straight up or down, so its arrowhead does too. */
const segments: Readonly<Record<TripKind, readonly { d: string; end: [number, number]; up: boolean }[]>> = {
  run: [
    { d: 'M150 80V216', end: [150, 216], up: false },
    { d: 'M60 300V362', end: [60, 362], up: false },
    { d: 'M124 362V338H249V300', end: [249, 300], up: true },
  ],
  request: [
    { d: 'M234 80V122', end: [234, 122], up: false },
    { d: 'M234 168V216', end: [234, 216], up: false },
    { d: 'M306 216V80', end: [306, 80], up: true },
  ],
};

const stationNames: Readonly<Record<Station, string>> = {
  cli: '터미널',
  engine: 'Docker Engine',
  hub: 'Docker Hub',
  container: '컨테이너',
  browser: '브라우저',
  port: '포트 전달',
  back: '브라우저',
};

const vmShortNames: Readonly<Record<Os, string>> = { mac: 'Apple 가상화 프레임워크', windows: 'WSL 2' };

type SegmentLook = 'now' | 'done' | 'todo';

/** How far each trip has come: the hop of the last step, or all of it once completed. */
function progress(state: NginxState, kind: TripKind): number {
  const step = state.step;
  if (step?.type === 'hop' && step.kind === kind) return step.hop;
  const completed = kind === 'run' ? state.containerRunning : state.pageShown;
  return completed ? trips[kind].length : 0;
}

export function PathDiagram({ state, animate = false }: Props) {
  const id = useId();
  const at = currentStation(state);
  const refused = state.step?.type === 'port-taken';
  const highlighted = at === 'back' ? 'browser' : at;
  const look = (kind: TripKind, index: number): SegmentLook => {
    const step = state.step;
    const reached = progress(state, kind);
    if (step?.type === 'hop' && step.kind === kind && index + 1 === step.hop) return 'now';
    return index + 1 <= reached ? 'done' : 'todo';
  };
  const title = `docker run이 지나가는 길. ${at ? `지금: ${stationNames[at]}` : refused ? '8080번 포트는 이미 사용 중' : '아직 출발 전'}`;
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      viewBox="0 0 340 430"
      className="mx-auto block h-auto w-full max-w-md text-fg"
      data-station={at ?? 'none'}
    >
      <title id={`${id}-title`}>{title}</title>
      <rect x={2} y={2} width={336} height={330} rx={12} className="fill-surface stroke-line" strokeWidth={1.5} />
      <Label x={12} y={20} strong>{`내 ${state.os === 'mac' ? '맥 (macOS)' : '윈도우 노트북 (Windows)'}`}</Label>
      <rect
        x={8}
        y={98}
        width={324}
        height={226}
        rx={10}
        className="fill-none stroke-accent"
        strokeWidth={1.5}
        strokeDasharray="5 4"
      />
      <Label x={16} y={114} accent>
        Docker Desktop
      </Label>
      <rect x={14} y={180} width={312} height={136} rx={8} className="fill-bg stroke-line" strokeWidth={1.5} />
      <Label x={22} y={196} strong>
        리눅스 가상 머신
      </Label>
      <Label x={22} y={209}>
        {vmShortNames[state.os]}
      </Label>

      {(Object.keys(segments) as TripKind[]).flatMap((kind) =>
        segments[kind].map((segment, index) => (
          <Segment key={`${kind}-${index}-${look(kind, index)}`} {...segment} look={look(kind, index)} animate={animate} />
        )),
      )}

      <Node
        box={boxes.cli}
        title={terminalNames[state.os]}
        detail={
          state.containerRunning || state.trip?.kind === 'run' ? ['$ docker run', '  -p 8080:80 nginx'] : '명령을 기다립니다'
        }
        mono
        active={highlighted === 'cli'}
      />
      <Node
        box={boxes.browser}
        title="브라우저"
        detail={state.pageShown ? 'Welcome to nginx!' : 'localhost:8080'}
        active={highlighted === 'browser'}
      />
      <Node
        box={boxes.port}
        title="포트 전달"
        detail={refused ? '8080 사용 중' : state.containerRunning ? '8080 → 80' : '공개한 포트 없음'}
        active={highlighted === 'port'}
        warn={refused}
      />
      <Node box={boxes.engine} title="Docker Engine" detail="dockerd" active={highlighted === 'engine'} />
      <Node
        box={boxes.container}
        title="컨테이너"
        detail={state.containerRunning ? 'nginx · 80번 포트' : '아직 없음'}
        active={highlighted === 'container'}
      />
      <Node box={boxes.hub} title="Docker Hub" detail="인터넷의 레지스트리" active={highlighted === 'hub'} />
    </svg>
  );
}

function Label({
  x,
  y,
  children,
  strong = false,
  accent = false,
}: {
  x: number;
  y: number;
  children: string;
  strong?: boolean;
  accent?: boolean;
}) {
  return (
    <text
      x={x}
      y={y}
      fontSize={11}
      className={`${accent ? 'fill-accent-strong' : 'fill-fg'} ${strong || accent ? 'font-semibold' : ''}`}
    >
      {children}
    </text>
  );
}

type NodeProps = { box: Box; title: string; detail: string | readonly string[]; active: boolean; mono?: boolean; warn?: boolean };

function Node({ box, title, detail, active, mono = false, warn = false }: NodeProps) {
  const { x, y, w, h } = box;
  const frame = warn ? 'fill-warn-soft stroke-warn' : active ? 'fill-accent-soft stroke-accent-strong' : 'fill-bg stroke-line';
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={8} className={frame} strokeWidth={active || warn ? 3 : 1.5} />
      <text x={x + 8} y={y + 18} fontSize={12} className="fill-fg font-semibold">
        {title}
      </text>
      {(typeof detail === 'string' ? [detail] : detail).map((line, index) => (
        <text
          key={line}
          x={x + 8}
          y={y + 33 + index * 11}
          fontSize={mono ? 9.5 : 11}
          className={`${warn ? 'fill-warn' : 'fill-muted'} ${mono ? 'font-mono whitespace-pre' : ''}`}
        >
          {line}
        </text>
      ))}
      {/* "Here": a dot in the corner, clear of the title however narrow the box (the SVG's title names the station). */}
      {active && <circle cx={x + w - 10} cy={y + 12} r={4.5} className="fill-accent-strong" />}
    </g>
  );
}

type SegmentProps = { d: string; end: [number, number]; up: boolean; look: SegmentLook; animate: boolean };

function Segment({ d, end, up, look, animate }: SegmentProps) {
  const [x, y] = end;
  const tip = up ? `${x - 5},${y + 8} ${x + 5},${y + 8} ${x},${y}` : `${x - 5},${y - 8} ${x + 5},${y - 8} ${x},${y}`;
  const color =
    look === 'now'
      ? 'stroke-accent-strong fill-accent-strong'
      : look === 'done'
        ? 'stroke-accent fill-accent'
        : 'stroke-line fill-line';
  // Drawn in from its start when it becomes the hop just travelled (pathLength 1: the dash is the whole path).
  const drawIn =
    look === 'now' && animate
      ? '[stroke-dasharray:1] transition-[stroke-dashoffset] duration-700 ease-out starting:[stroke-dashoffset:1]'
      : '';
  return (
    <g className={color} data-segment={look}>
      <path
        d={d}
        pathLength={1}
        fill="none"
        strokeWidth={look === 'now' ? 3 : 2}
        strokeDasharray={look === 'todo' ? '0.02 0.02' : undefined}
        className={drawIn}
      />
      <polygon points={tip} strokeWidth={0} />
    </g>
  );
}
