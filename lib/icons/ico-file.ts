// An .ico file that holds PNG images as they are (allowed since Windows Vista and read by every
// browser): a 6-byte header, a 16-byte directory entry per image, then the images.
export type IcoImage = { size: number; png: Uint8Array };

export function icoFile(images: readonly IcoImage[]): Uint8Array {
  const headerBytes = 6 + 16 * images.length;
  const total = headerBytes + images.reduce((sum, image) => sum + image.png.length, 0);
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  view.setUint16(2, 1, true); // type 1: icon
  view.setUint16(4, images.length, true);
  let offset = headerBytes;
  images.forEach((image, index) => {
    if (image.size < 1 || image.size > 256) throw new RangeError(`an icon is 1–256 px, not ${image.size}`);
    const entry = 6 + 16 * index;
    // Width and height are one byte each; 0 means 256.
    view.setUint8(entry, image.size % 256);
    view.setUint8(entry + 1, image.size % 256);
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, image.png.length, true);
    view.setUint32(entry + 12, offset, true);
    bytes.set(image.png, offset);
    offset += image.png.length;
  });
  return bytes;
}
