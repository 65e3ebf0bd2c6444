import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { icoFile } from '@/lib/icons/ico-file';

describe('icoFile', () => {
  it('writes the header, one directory entry per image, and the images where the entries say', () => {
    const images = [
      { size: 16, png: new Uint8Array([1, 2, 3]) },
      { size: 256, png: new Uint8Array([4, 5]) },
    ];
    const bytes = icoFile(images);
    const view = new DataView(bytes.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 2]);
    expect([view.getUint8(6), view.getUint8(22)]).toEqual([16, 0]); // 256 is written as 0
    const at = (entry: number) => [view.getUint32(6 + 16 * entry + 8, true), view.getUint32(6 + 16 * entry + 12, true)] as const;
    expect(at(0)).toEqual([3, 38]);
    expect(at(1)).toEqual([2, 41]);
    expect([...bytes.slice(38)]).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses a size an icon directory cannot say', () => {
    expect(() => icoFile([{ size: 257, png: new Uint8Array(1) }])).toThrow(RangeError);
    expect(() => icoFile([{ size: 0, png: new Uint8Array(1) }])).toThrow(RangeError);
  });

  it('places every image in full, back to back after the directory', () => {
    const image = fc.record({ size: fc.integer({ min: 1, max: 256 }), png: fc.uint8Array({ minLength: 1, maxLength: 64 }) });
    fc.assert(
      fc.property(fc.array(image, { minLength: 1, maxLength: 5 }), (images) => {
        const bytes = icoFile(images);
        const view = new DataView(bytes.buffer);
        images.forEach((img, index) => {
          const length = view.getUint32(6 + 16 * index + 8, true);
          const offset = view.getUint32(6 + 16 * index + 12, true);
          expect([...bytes.slice(offset, offset + length)]).toEqual([...img.png]);
        });
        expect(bytes.length).toBe(6 + 16 * images.length + images.reduce((sum, img) => sum + img.png.length, 0));
      }),
    );
  });
});
