// A still diagram for chapter 2 (the place its interactive widget will take): the same two apps run
// in virtual machines and in containers, drawn as stacks from the hardware up. Each stack is an
// ordered list read top to bottom, so a screen reader meets the layers in the order they are drawn.

type Layer = { label: string; detail?: string; tone: 'app' | 'guest' | 'host' | 'base' };

const toneClass: Record<Layer['tone'], string> = {
  app: 'border-accent bg-accent-soft',
  guest: 'border-warn bg-warn-soft',
  host: 'border-ok bg-ok-soft',
  base: 'border-line bg-surface',
};

function Box({ layer }: { layer: Layer }) {
  return (
    <div className={`rounded-lg border px-2 py-1.5 text-center text-[0.8125rem] leading-5 text-fg ${toneClass[layer.tone]}`}>
      <span className="font-semibold">{layer.label}</span>
      {layer.detail && <span className="block text-xs text-muted">{layer.detail}</span>}
    </div>
  );
}

type Stack = { title: string; units: Layer[][]; shared: Layer[]; note: string };

const stacks: Stack[] = [
  {
    title: '가상 머신',
    units: [
      [
        { label: '앱 A', tone: 'app' },
        { label: '라이브러리', tone: 'app' },
        { label: '게스트 운영체제', detail: '자기 커널, 부팅 필요', tone: 'guest' },
      ],
      [
        { label: '앱 B', tone: 'app' },
        { label: '라이브러리', tone: 'app' },
        { label: '게스트 운영체제', detail: '자기 커널, 부팅 필요', tone: 'guest' },
      ],
    ],
    shared: [
      { label: '하이퍼바이저', tone: 'base' },
      { label: '호스트 운영체제', tone: 'host' },
      { label: '하드웨어', tone: 'base' },
    ],
    note: '앱마다 운영체제 전체가 하나씩 있습니다.',
  },
  {
    title: '컨테이너',
    units: [
      [
        { label: '앱 A', tone: 'app' },
        { label: '라이브러리', tone: 'app' },
      ],
      [
        { label: '앱 B', tone: 'app' },
        { label: '라이브러리', tone: 'app' },
      ],
      [
        { label: '앱 C', tone: 'app' },
        { label: '라이브러리', tone: 'app' },
      ],
    ],
    shared: [
      { label: '컨테이너 엔진', detail: '도커', tone: 'base' },
      { label: '호스트 운영체제', detail: '리눅스 커널 하나를 함께 씀', tone: 'host' },
      { label: '하드웨어', tone: 'base' },
    ],
    note: '컨테이너에는 앱과 파일만 있고, 커널은 호스트의 것 하나입니다.',
  },
];

export function VmContainerDiagram() {
  return (
    <figure className="not-prose my-8 overflow-hidden rounded-2xl border border-line bg-bg">
      <figcaption className="border-b border-line bg-surface px-4 py-3 text-sm font-semibold text-fg">
        가상 머신과 컨테이너: 아래에서 위로 쌓인 층
      </figcaption>
      <div className="grid gap-6 p-4 sm:grid-cols-2 sm:p-5">
        {stacks.map((stack) => (
          <section key={stack.title} aria-label={stack.title}>
            <h3 className="mb-3 text-center text-base font-bold text-fg">{stack.title}</h3>
            <ol className="space-y-1.5">
              <li className={`grid gap-1.5 ${stack.units.length === 3 ? 'grid-cols-3' : 'grid-cols-2'}`}>
                {stack.units.map((unit, index) => (
                  <ol
                    key={index}
                    aria-label={unit[0]?.label}
                    className="space-y-1 rounded-xl border border-dashed border-line p-1.5"
                  >
                    {unit.map((layer, layerIndex) => (
                      <li key={layerIndex}>
                        <Box layer={layer} />
                      </li>
                    ))}
                  </ol>
                ))}
              </li>
              {stack.shared.map((layer) => (
                <li key={layer.label}>
                  <Box layer={layer} />
                </li>
              ))}
            </ol>
            <p className="mt-3 text-center text-sm text-muted">{stack.note}</p>
          </section>
        ))}
      </div>
    </figure>
  );
}
