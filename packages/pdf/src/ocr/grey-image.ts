/** Greyscale images as pdftoppm writes them (binary PGM, P5): parse, crop, scale, write. */

export interface GreyImage {
  width: number;
  height: number;
  /** One byte per pixel, row by row; 0 is black. */
  data: Uint8Array;
}

/** Parses a binary PGM (P5, maxval ≤ 255); comments in the header are skipped. */
export function parsePgm(bytes: Uint8Array): GreyImage {
  let pos = 0;
  const token = (): string => {
    for (;;) {
      while (pos < bytes.length && /\s/.test(String.fromCharCode(bytes[pos]!))) pos++;
      if (bytes[pos] !== 0x23) break; // '#': a comment to the end of the line
      while (pos < bytes.length && bytes[pos] !== 0x0a) pos++;
    }
    const start = pos;
    while (pos < bytes.length && !/\s/.test(String.fromCharCode(bytes[pos]!))) pos++;
    return String.fromCharCode(...bytes.subarray(start, pos));
  };
  if (token() !== 'P5') throw new Error('not a binary PGM image');
  const width = Number(token()), height = Number(token()), maxval = Number(token());
  pos++; // the single whitespace byte before the raster
  if (!(width > 0 && height > 0) || maxval > 255) throw new Error(`unsupported PGM ${width}×${height} maxval ${maxval}`);
  return { width, height, data: bytes.slice(pos, pos + width * height) };
}

export function encodePgm(image: GreyImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.data.length);
  out.set(header);
  out.set(image.data, header.length);
  return out;
}

/** The pixels of [x0, x1) × [y0, y1), clamped to the image. */
export function crop(image: GreyImage, x0: number, y0: number, x1: number, y1: number): GreyImage {
  const left = Math.max(0, Math.floor(x0)), top = Math.max(0, Math.floor(y0));
  const width = Math.max(0, Math.min(image.width, Math.ceil(x1)) - left);
  const height = Math.max(0, Math.min(image.height, Math.ceil(y1)) - top);
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) data.set(image.data.subarray((top + y) * image.width + left, (top + y) * image.width + left + width), y * width);
  return { width, height, data };
}

/** Bilinear upscaling by an integer factor, with a white margin of `pad` output pixels (Tesseract reads text touching the edge badly). */
export function upscale(image: GreyImage, factor: number, pad = 0): GreyImage {
  const width = image.width * factor + 2 * pad, height = image.height * factor + 2 * pad;
  const data = new Uint8Array(width * height).fill(255);
  const at = (x: number, y: number) => image.data[Math.min(image.height - 1, Math.max(0, y)) * image.width + Math.min(image.width - 1, Math.max(0, x))]!;
  for (let y = 0; y < image.height * factor; y++) {
    const sy = (y + 0.5) / factor - 0.5, y0 = Math.floor(sy), fy = sy - y0;
    for (let x = 0; x < image.width * factor; x++) {
      const sx = (x + 0.5) / factor - 0.5, x0 = Math.floor(sx), fx = sx - x0;
      const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
      const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
      data[(y + pad) * width + x + pad] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, data };
}

/** Share of pixels darker than `threshold`: an empty cell has next to none. */
export function inkShare(image: GreyImage, threshold = 128): number {
  if (image.data.length === 0) return 0;
  let dark = 0;
  for (const v of image.data) if (v < threshold) dark++;
  return dark / image.data.length;
}

/** Paints a rectangle white (areas already read, e.g. the tables, before the page-level pass). */
export function whiteOut(image: GreyImage, x0: number, y0: number, x1: number, y1: number): void {
  const left = Math.max(0, Math.floor(x0)), right = Math.min(image.width, Math.ceil(x1));
  for (let y = Math.max(0, Math.floor(y0)); y < Math.min(image.height, Math.ceil(y1)); y++) image.data.fill(255, y * image.width + left, y * image.width + right);
}

/** Otsu's threshold: the grey level that best splits the image's pixels into ink and paper. */
export function otsuThreshold(image: GreyImage): number {
  const histogram = new Array<number>(256).fill(0);
  for (const v of image.data) histogram[v]!++;
  const total = image.data.length;
  let sumAll = 0;
  for (let v = 0; v < 256; v++) sumAll += v * histogram[v]!;
  let sumInk = 0, ink = 0, best = 128, bestVariance = -1;
  for (let t = 0; t < 256; t++) {
    ink += histogram[t]!;
    if (ink === 0) continue;
    const paper = total - ink;
    if (paper === 0) break;
    sumInk += t * histogram[t]!;
    const meanInk = sumInk / ink, meanPaper = (sumAll - sumInk) / paper;
    const variance = ink * paper * (meanInk - meanPaper) ** 2;
    if (variance > bestVariance) { bestVariance = variance; best = t; }
  }
  return best;
}

/** Black and white only: JPEG's grey halos and the faint remnants of rules go to paper. */
export function binarise(image: GreyImage, threshold = otsuThreshold(image)): GreyImage {
  return { ...image, data: image.data.map((v) => (v <= threshold ? 0 : 255)) };
}

/**
 * Runs of indices where `inked` holds: a run bridges gaps of up to `maxGap` blank indices and
 * ends at the next, and is kept when at least `minLength` long. Rows of a page give its
 * printed lines, columns of a row a rule's segments.
 */
export function inkRuns(length: number, inked: (i: number) => boolean, maxGap: number, minLength = 1): [number, number][] {
  const out: [number, number][] = [];
  let start = -1, last = -1;
  for (let i = 0; i <= length; i++) {
    if (i < length && inked(i)) {
      if (start < 0) start = i;
      last = i;
    } else if (start >= 0 && (i === length || i - last > maxGap)) {
      if (last - start + 1 >= minLength) out.push([start, last + 1]);
      start = -1;
    }
  }
  return out;
}

/** Does row y of the image hold a pixel darker than `dark`? */
export function rowHasInk(image: GreyImage, y: number, dark = 128): boolean {
  for (let x = 0; x < image.width; x++) if (image.data[y * image.width + x]! < dark) return true;
  return false;
}
