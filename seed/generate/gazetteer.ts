// The places the generator puts people and organisations in: Zhejiang's 11 cities and their 90 county-level
// divisions (real names and division codes, 2021 boundaries), the provinces migrants come from (coarse: the province
// and, where universities sit, its capital), and the foreign countries and cities of the diaspora. Populations and
// economic weights are rounded figures of the right order (10k people; GDP in 100M yuan) used as sampling weights,
// not statistics to quote. Diaspora shares are the share of a county's natives who live abroad: Qingtian and Wencheng
// very high, the Wenzhou districts notable, elsewhere around one percent.

export type DiasporaProfile = 'qingtian' | 'wenzhou' | 'professional';

export interface County {
  zh: string;
  en: string;
  code: string;
  /** Residents, in 10k. */
  pop: number;
  /** Economic weight (GDP, 100M yuan): where firms and jobs are. */
  gdp: number;
  /** Share of the county's natives living abroad. */
  diaspora: number;
  profile: DiasporaProfile;
}

export interface City {
  zh: string;
  en: string;
  slug: string;
  code: string;
  lat: number;
  lon: number;
  counties: County[];
}

type Row = [zh: string, en: string, code: string, pop: number, gdp: number, diaspora?: number, profile?: DiasporaProfile];

function counties(rows: Row[], urbanDiaspora = 0.008): County[] {
  return rows.map(([zh, en, code, pop, gdp, diaspora, profile]) => ({
    zh,
    en,
    code,
    pop,
    gdp,
    diaspora: diaspora ?? urbanDiaspora,
    profile: profile ?? 'professional',
  }));
}

export const ZHEJIANG_CITIES: City[] = [
  {
    zh: '杭州', en: 'Hangzhou', slug: 'hangzhou', code: '330100', lat: 30.27, lon: 120.15,
    counties: counties([
      ['上城', 'Shangcheng', '330102', 132, 3100], ['拱墅', 'Gongshu', '330105', 112, 1600],
      ['西湖', 'Xihu', '330106', 115, 2500], ['滨江', 'Binjiang', '330108', 50, 2400],
      ['萧山', 'Xiaoshan', '330109', 201, 2300], ['余杭', 'Yuhang', '330110', 123, 2800],
      ['富阳', 'Fuyang', '330111', 83, 1000], ['临安', "Lin'an", '330112', 64, 700],
      ['临平', 'Linping', '330113', 118, 900], ['钱塘', 'Qiantang', '330114', 77, 900],
      ['桐庐', 'Tonglu', '330122', 45, 450], ['淳安', "Chun'an", '330127', 33, 300],
      ['建德', 'Jiande', '330182', 44, 450],
    ], 0.015),
  },
  {
    zh: '宁波', en: 'Ningbo', slug: 'ningbo', code: '330200', lat: 29.87, lon: 121.55,
    counties: counties([
      ['海曙', 'Haishu', '330203', 105, 1400], ['江北', 'Jiangbei', '330205', 49, 900],
      ['北仑', 'Beilun', '330206', 83, 2600], ['镇海', 'Zhenhai', '330211', 50, 1100],
      ['鄞州', 'Yinzhou', '330212', 162, 2900], ['奉化', 'Fenghua', '330213', 58, 700],
      ['象山', 'Xiangshan', '330225', 57, 650], ['宁海', 'Ninghai', '330226', 70, 850],
      ['余姚', 'Yuyao', '330281', 126, 1400], ['慈溪', 'Cixi', '330282', 183, 2400],
    ], 0.012),
  },
  {
    zh: '温州', en: 'Wenzhou', slug: 'wenzhou', code: '330300', lat: 28.0, lon: 120.67,
    counties: counties([
      ['鹿城', 'Lucheng', '330302', 132, 1100, 0.06, 'wenzhou'], ['龙湾', 'Longwan', '330303', 78, 700, 0.04, 'wenzhou'],
      ['瓯海', 'Ouhai', '330304', 96, 700, 0.08, 'wenzhou'], ['洞头', 'Dongtou', '330305', 11, 130, 0.02, 'wenzhou'],
      ['永嘉', 'Yongjia', '330324', 87, 550, 0.05, 'wenzhou'], ['平阳', 'Pingyang', '330326', 86, 650, 0.03, 'wenzhou'],
      ['苍南', 'Cangnan', '330327', 84, 450, 0.03, 'wenzhou'], ['文成', 'Wencheng', '330328', 29, 150, 0.3, 'wenzhou'],
      ['泰顺', 'Taishun', '330329', 27, 130, 0.02, 'wenzhou'], ['瑞安', "Rui'an", '330381', 152, 1200, 0.06, 'wenzhou'],
      ['乐清', 'Yueqing', '330382', 145, 1600, 0.04, 'wenzhou'], ['龙港', 'Longgang', '330383', 47, 400, 0.03, 'wenzhou'],
    ]),
  },
  {
    zh: '嘉兴', en: 'Jiaxing', slug: 'jiaxing', code: '330400', lat: 30.75, lon: 120.76,
    counties: counties([
      ['南湖', 'Nanhu', '330402', 70, 800], ['秀洲', 'Xiuzhou', '330411', 78, 800], ['嘉善', 'Jiashan', '330421', 65, 800],
      ['海盐', 'Haiyan', '330424', 46, 600], ['海宁', 'Haining', '330481', 108, 1200], ['平湖', 'Pinghu', '330482', 68, 1000],
      ['桐乡', 'Tongxiang', '330483', 102, 1200],
    ]),
  },
  {
    zh: '湖州', en: 'Huzhou', slug: 'huzhou', code: '330500', lat: 30.89, lon: 120.09,
    counties: counties([
      ['吴兴', 'Wuxing', '330502', 81, 900], ['南浔', 'Nanxun', '330503', 55, 550], ['德清', 'Deqing', '330521', 55, 650],
      ['长兴', 'Changxing', '330522', 67, 900], ['安吉', 'Anji', '330523', 59, 550],
    ]),
  },
  {
    zh: '绍兴', en: 'Shaoxing', slug: 'shaoxing', code: '330600', lat: 30.0, lon: 120.58,
    counties: counties([
      ['越城', 'Yuecheng', '330602', 107, 900], ['柯桥', 'Keqiao', '330603', 110, 1800], ['上虞', 'Shangyu', '330604', 78, 1200],
      ['新昌', 'Xinchang', '330624', 43, 500], ['诸暨', 'Zhuji', '330681', 122, 1600], ['嵊州', 'Shengzhou', '330683', 68, 700],
    ]),
  },
  {
    zh: '金华', en: 'Jinhua', slug: 'jinhua', code: '330700', lat: 29.08, lon: 119.65,
    counties: counties([
      ['婺城', 'Wucheng', '330702', 95, 800], ['金东', 'Jindong', '330703', 57, 400], ['武义', 'Wuyi', '330723', 46, 350],
      ['浦江', 'Pujiang', '330726', 46, 300], ['磐安', "Pan'an", '330727', 18, 130], ['兰溪', 'Lanxi', '330781', 58, 450],
      ['义乌', 'Yiwu', '330782', 186, 1900, 0.012], ['东阳', 'Dongyang', '330783', 109, 800], ['永康', 'Yongkang', '330784', 96, 750],
    ]),
  },
  {
    zh: '衢州', en: 'Quzhou', slug: 'quzhou', code: '330800', lat: 28.97, lon: 118.87,
    counties: counties([
      ['柯城', 'Kecheng', '330802', 54, 450], ['衢江', 'Qujiang', '330803', 39, 300], ['常山', 'Changshan', '330822', 26, 200],
      ['开化', 'Kaihua', '330824', 26, 180], ['龙游', 'Longyou', '330825', 36, 300], ['江山', 'Jiangshan', '330881', 47, 400],
    ]),
  },
  {
    zh: '舟山', en: 'Zhoushan', slug: 'zhoushan', code: '330900', lat: 30.02, lon: 122.11,
    counties: counties([
      ['定海', 'Dinghai', '330902', 54, 700], ['普陀', 'Putuo', '330903', 38, 600], ['岱山', 'Daishan', '330921', 20, 400],
      ['嵊泗', 'Shengsi', '330922', 7, 150],
    ]),
  },
  {
    zh: '台州', en: 'Taizhou', slug: 'taizhou', code: '331000', lat: 28.66, lon: 121.42,
    counties: counties([
      ['椒江', 'Jiaojiang', '331002', 63, 800], ['黄岩', 'Huangyan', '331003', 66, 650], ['路桥', 'Luqiao', '331004', 64, 700],
      ['三门', 'Sanmen', '331022', 33, 300], ['天台', 'Tiantai', '331023', 43, 350], ['仙居', 'Xianju', '331024', 41, 300],
      ['温岭', 'Wenling', '331081', 141, 1300], ['临海', 'Linhai', '331082', 111, 900], ['玉环', 'Yuhuan', '331083', 64, 700],
    ]),
  },
  {
    zh: '丽水', en: 'Lishui', slug: 'lishui', code: '331100', lat: 28.45, lon: 119.92,
    counties: counties([
      ['莲都', 'Liandu', '331102', 56, 450, 0.03, 'qingtian'], ['青田', 'Qingtian', '331121', 50, 300, 0.4, 'qingtian'],
      ['缙云', 'Jinyun', '331122', 40, 300, 0.02, 'qingtian'], ['遂昌', 'Suichang', '331123', 19, 150],
      ['松阳', 'Songyang', '331124', 19, 150], ['云和', 'Yunhe', '331125', 12, 100], ['庆元', 'Qingyuan', '331126', 15, 100],
      ['景宁', 'Jingning', '331127', 11, 80, 0.015, 'qingtian'], ['龙泉', 'Longquan', '331181', 25, 200],
    ]),
  },
];

/** Full Chinese and English names of a county-level division, from its division code's class. */
export function countyNames(c: County): { zh: string; en: string } {
  if (c.code === '331127') return { zh: '景宁畲族自治县', en: 'Jingning She Autonomous County' };
  const tail = Number(c.code.slice(4));
  if (tail < 20) return { zh: `${c.zh}区`, en: `${c.en} District` };
  if (tail < 80) return { zh: `${c.zh}县`, en: `${c.en} County` };
  return { zh: `${c.zh}市`, en: `${c.en} City` };
}

export interface Province {
  zh: string;
  en: string;
  slug: string;
  code: string;
  /** Share of Zhejiang's migrant workers who come from here. */
  migrants: number;
  capital?: { zh: string; en: string; slug: string; lat: number; lon: number };
}

export const OTHER_PROVINCES: Province[] = [
  { zh: '北京市', en: 'Beijing', slug: 'beijing', code: '110000', migrants: 0.01 },
  { zh: '上海市', en: 'Shanghai', slug: 'shanghai', code: '310000', migrants: 0.01 },
  { zh: '江苏省', en: 'Jiangsu', slug: 'jiangsu', code: '320000', migrants: 0.05, capital: { zh: '南京', en: 'Nanjing', slug: 'nanjing', lat: 32.06, lon: 118.8 } },
  { zh: '安徽省', en: 'Anhui', slug: 'anhui', code: '340000', migrants: 0.2, capital: { zh: '合肥', en: 'Hefei', slug: 'hefei', lat: 31.82, lon: 117.23 } },
  { zh: '福建省', en: 'Fujian', slug: 'fujian', code: '350000', migrants: 0.03, capital: { zh: '福州', en: 'Fuzhou', slug: 'fuzhou', lat: 26.07, lon: 119.3 } },
  { zh: '江西省', en: 'Jiangxi', slug: 'jiangxi', code: '360000', migrants: 0.12, capital: { zh: '南昌', en: 'Nanchang', slug: 'nanchang', lat: 28.68, lon: 115.86 } },
  { zh: '山东省', en: 'Shandong', slug: 'shandong', code: '370000', migrants: 0.03, capital: { zh: '济南', en: 'Jinan', slug: 'jinan', lat: 36.65, lon: 117.12 } },
  { zh: '河南省', en: 'Henan', slug: 'henan', code: '410000', migrants: 0.1, capital: { zh: '郑州', en: 'Zhengzhou', slug: 'zhengzhou', lat: 34.75, lon: 113.63 } },
  { zh: '湖北省', en: 'Hubei', slug: 'hubei', code: '420000', migrants: 0.06, capital: { zh: '武汉', en: 'Wuhan', slug: 'wuhan', lat: 30.59, lon: 114.31 } },
  { zh: '湖南省', en: 'Hunan', slug: 'hunan', code: '430000', migrants: 0.08, capital: { zh: '长沙', en: 'Changsha', slug: 'changsha', lat: 28.23, lon: 112.94 } },
  { zh: '广东省', en: 'Guangdong', slug: 'guangdong', code: '440000', migrants: 0.01, capital: { zh: '广州', en: 'Guangzhou', slug: 'guangzhou', lat: 23.13, lon: 113.26 } },
  { zh: '广西壮族自治区', en: 'Guangxi', slug: 'guangxi', code: '450000', migrants: 0.03, capital: { zh: '南宁', en: 'Nanning', slug: 'nanning', lat: 22.82, lon: 108.37 } },
  { zh: '重庆市', en: 'Chongqing', slug: 'chongqing', code: '500000', migrants: 0.03 },
  { zh: '四川省', en: 'Sichuan', slug: 'sichuan', code: '510000', migrants: 0.09, capital: { zh: '成都', en: 'Chengdu', slug: 'chengdu', lat: 30.57, lon: 104.07 } },
  { zh: '贵州省', en: 'Guizhou', slug: 'guizhou', code: '520000', migrants: 0.1, capital: { zh: '贵阳', en: 'Guiyang', slug: 'guiyang', lat: 26.65, lon: 106.63 } },
  { zh: '云南省', en: 'Yunnan', slug: 'yunnan', code: '530000', migrants: 0.04, capital: { zh: '昆明', en: 'Kunming', slug: 'kunming', lat: 25.04, lon: 102.71 } },
  { zh: '陕西省', en: 'Shaanxi', slug: 'shaanxi', code: '610000', migrants: 0.01, capital: { zh: '西安', en: "Xi'an", slug: 'xian', lat: 34.34, lon: 108.94 } },
  { zh: '甘肃省', en: 'Gansu', slug: 'gansu', code: '620000', migrants: 0.01, capital: { zh: '兰州', en: 'Lanzhou', slug: 'lanzhou', lat: 36.06, lon: 103.83 } },
  { zh: '黑龙江省', en: 'Heilongjiang', slug: 'heilongjiang', code: '230000', migrants: 0.01, capital: { zh: '哈尔滨', en: 'Harbin', slug: 'harbin', lat: 45.8, lon: 126.53 } },
  { zh: '香港特别行政区', en: 'Hong Kong', slug: 'hongkong', code: '810000', migrants: 0.002 },
];

export interface ForeignCity {
  zh: string;
  en: string;
  slug: string;
  lat: number;
  lon: number;
  weight: number;
}

export interface Country {
  zh: string;
  en: string;
  iso: string;
  cities: ForeignCity[];
}

// A row of the table below; positional on purpose, so that each city stays one short, aligned line.
const fc = (zh: string, en: string, slug: string, lat: number, lon: number, weight = 1): ForeignCity => ({ zh, en, slug, lat, lon, weight });

export const FOREIGN_COUNTRIES: Country[] = [
  { zh: '意大利', en: 'Italy', iso: 'IT', cities: [fc('米兰', 'Milan', 'milan', 45.46, 9.19, 0.35), fc('罗马', 'Rome', 'rome', 41.9, 12.5, 0.25), fc('普拉托', 'Prato', 'prato', 43.88, 11.1, 0.25), fc('佛罗伦萨', 'Florence', 'florence', 43.77, 11.25, 0.15)] },
  { zh: '西班牙', en: 'Spain', iso: 'ES', cities: [fc('马德里', 'Madrid', 'madrid', 40.42, -3.7, 0.5), fc('巴塞罗那', 'Barcelona', 'barcelona', 41.39, 2.17, 0.4), fc('瓦伦西亚', 'Valencia', 'valencia', 39.47, -0.38, 0.1)] },
  { zh: '法国', en: 'France', iso: 'FR', cities: [fc('巴黎', 'Paris', 'paris', 48.86, 2.35, 0.8), fc('里昂', 'Lyon', 'lyon', 45.76, 4.84, 0.1), fc('马赛', 'Marseille', 'marseille', 43.3, 5.37, 0.1)] },
  { zh: '荷兰', en: 'Netherlands', iso: 'NL', cities: [fc('阿姆斯特丹', 'Amsterdam', 'amsterdam', 52.37, 4.9, 0.5), fc('鹿特丹', 'Rotterdam', 'rotterdam', 51.92, 4.48, 0.35), fc('海牙', 'The Hague', 'the-hague', 52.08, 4.3, 0.15)] },
  { zh: '葡萄牙', en: 'Portugal', iso: 'PT', cities: [fc('里斯本', 'Lisbon', 'lisbon', 38.72, -9.14, 0.7), fc('波尔图', 'Porto', 'porto', 41.15, -8.61, 0.3)] },
  { zh: '德国', en: 'Germany', iso: 'DE', cities: [fc('法兰克福', 'Frankfurt', 'frankfurt', 50.11, 8.68, 0.3), fc('柏林', 'Berlin', 'berlin', 52.52, 13.4, 0.25), fc('杜塞尔多夫', 'Dusseldorf', 'dusseldorf', 51.23, 6.78, 0.25), fc('汉堡', 'Hamburg', 'hamburg', 53.55, 9.99, 0.2)] },
  { zh: '奥地利', en: 'Austria', iso: 'AT', cities: [fc('维也纳', 'Vienna', 'vienna', 48.21, 16.37)] },
  { zh: '匈牙利', en: 'Hungary', iso: 'HU', cities: [fc('布达佩斯', 'Budapest', 'budapest', 47.5, 19.04)] },
  { zh: '希腊', en: 'Greece', iso: 'GR', cities: [fc('雅典', 'Athens', 'athens', 37.98, 23.73)] },
  { zh: '英国', en: 'United Kingdom', iso: 'GB', cities: [fc('伦敦', 'London', 'london', 51.51, -0.13, 0.7), fc('曼彻斯特', 'Manchester', 'manchester', 53.48, -2.24, 0.3)] },
  { zh: '美国', en: 'United States', iso: 'US', cities: [fc('纽约', 'New York', 'new-york', 40.71, -74.01, 0.45), fc('洛杉矶', 'Los Angeles', 'los-angeles', 34.05, -118.24, 0.25), fc('旧金山', 'San Francisco', 'san-francisco', 37.77, -122.42, 0.3)] },
  { zh: '加拿大', en: 'Canada', iso: 'CA', cities: [fc('多伦多', 'Toronto', 'toronto', 43.65, -79.38, 0.6), fc('温哥华', 'Vancouver', 'vancouver', 49.28, -123.12, 0.4)] },
  { zh: '巴西', en: 'Brazil', iso: 'BR', cities: [fc('圣保罗', 'Sao Paulo', 'sao-paulo', -23.55, -46.63, 0.8), fc('里约热内卢', 'Rio de Janeiro', 'rio-de-janeiro', -22.91, -43.17, 0.2)] },
  { zh: '阿根廷', en: 'Argentina', iso: 'AR', cities: [fc('布宜诺斯艾利斯', 'Buenos Aires', 'buenos-aires', -34.6, -58.38)] },
  { zh: '澳大利亚', en: 'Australia', iso: 'AU', cities: [fc('悉尼', 'Sydney', 'sydney', -33.87, 151.21, 0.55), fc('墨尔本', 'Melbourne', 'melbourne', -37.81, 144.96, 0.45)] },
  { zh: '新加坡', en: 'Singapore', iso: 'SG', cities: [fc('新加坡', 'Singapore', 'singapore', 1.35, 103.82)] },
  { zh: '日本', en: 'Japan', iso: 'JP', cities: [fc('东京', 'Tokyo', 'tokyo', 35.68, 139.69, 0.7), fc('大阪', 'Osaka', 'osaka', 34.69, 135.5, 0.3)] },
  { zh: '阿联酋', en: 'United Arab Emirates', iso: 'AE', cities: [fc('迪拜', 'Dubai', 'dubai', 25.2, 55.27)] },
];

/** Where each diaspora profile's emigrants live, by country ISO code. */
export const DIASPORA_DESTINATIONS: Record<DiasporaProfile, Record<string, number>> = {
  qingtian: { IT: 0.25, ES: 0.25, NL: 0.1, PT: 0.08, DE: 0.08, AT: 0.06, FR: 0.05, BR: 0.05, HU: 0.03, US: 0.03, GR: 0.02 },
  wenzhou: { FR: 0.3, IT: 0.28, ES: 0.1, NL: 0.1, US: 0.1, DE: 0.05, AR: 0.03, AE: 0.02, GB: 0.02 },
  professional: { US: 0.35, GB: 0.12, DE: 0.1, CA: 0.1, AU: 0.1, SG: 0.08, JP: 0.08, NL: 0.04, FR: 0.03 },
};
