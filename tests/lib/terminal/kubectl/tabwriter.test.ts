import { describe, expect, it } from 'vitest';
import { humanDuration } from '@/lib/terminal/kubectl/duration';
import { DESCRIBE, TABLE, tabwrite } from '@/lib/terminal/kubectl/tabwriter';

describe("tabwrite is Go's text/tabwriter", () => {
  it('pads each column to its widest cell plus padding, never the last cell', () => {
    expect(tabwrite(['NAME\tREADY\tAGE', 'web-6d9f7-abcde\t1/1\t5m'], TABLE)).toEqual([
      'NAME              READY   AGE',
      'web-6d9f7-abcde   1/1     5m',
    ]);
  });

  it('keeps a column at least minwidth wide (kubectl get: 6)', () => {
    expect(tabwrite(['A\tB', 'x\ty'], TABLE)).toEqual(['A     B', 'x     y']);
  });

  it('aligns a column only within a run of lines that have it, as describe relies on', () => {
    const lines = ['Name:\tweb', 'IPs:', '  IP:\t10.244.1.5', 'Controlled By:\tReplicaSet/web-6d9f7'];
    expect(tabwrite(lines, DESCRIBE)).toEqual([
      'Name:  web',
      'IPs:',
      '  IP:           10.244.1.5',
      'Controlled By:  ReplicaSet/web-6d9f7',
    ]);
  });

  it('remembers widths across flushes when asked, as kubectl get -w does', () => {
    const remembered: number[] = [];
    tabwrite(['NAME\tSTATUS', 'web-6d9f7-abcde\tRunning'], TABLE, remembered);
    expect(tabwrite(['web-x\tPending'], TABLE, remembered)).toEqual(['web-x             Pending']);
  });
});

describe('humanDuration is apimachinery duration.HumanDuration', () => {
  it.each([
    [-5, '<invalid>'],
    [-1, '0s'],
    [0, '0s'],
    [119, '119s'],
    [120, '2m'],
    [125, '2m5s'],
    [600, '10m'],
    [179 * 60, '179m'],
    [3 * 3600, '3h'],
    [3 * 3600 + 60 * 5, '3h5m'],
    [8 * 3600, '8h'],
    [47 * 3600, '47h'],
    [3 * 86400, '3d'],
    [3 * 86400 + 3600 * 4, '3d4h'],
    [30 * 86400, '30d'],
    [3 * 365 * 86400, '3y'],
  ])('%i s → %s', (seconds, text) => {
    expect(humanDuration(seconds)).toBe(text);
  });
});
