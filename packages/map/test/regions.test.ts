import { describe, expect, it } from 'vitest';
import { mostNamedRegion, regionIn } from '../src/regions.ts';

describe('regions (GB/T 2260)', () => {
  it('gives a municipality as its own city, at every level', () => {
    expect(regionIn('北京市公安局')).toEqual({ province: '北京市', city: '北京市', county: null, region_code: '110000' });
    expect(regionIn('上海市普陀区司法局')).toEqual({ province: '上海市', city: '上海市', county: '普陀区', region_code: '310107' });
    expect(regionIn('重庆市城口县财政局')).toEqual({ province: '重庆市', city: '重庆市', county: '城口县', region_code: '500229' });
    expect(regionIn('天津市和平区').region_code).toBe('120101');
  });

  it('keeps city and county of a province as they are', () => {
    expect(regionIn('西安市发展和改革委员会')).toEqual({ province: '陕西省', city: '西安市', county: null, region_code: '610100' });
    expect(regionIn('江苏省委办公厅')).toEqual({ province: '江苏省', city: null, county: null, region_code: '320000' });
  });

  it('counts mentions, a tie going to the more specific place', () => {
    expect(mostNamedRegion('位于重庆市北碚区。重庆市共建。').county).toBeNull();
    expect(mostNamedRegion('位于重庆市北碚区。北碚区').county).toBe('北碚区');
    expect(mostNamedRegion('位于重庆市').province).toBeNull();
  });
});
