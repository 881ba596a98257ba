// The research side of the synthetic graph: real universities, Zhejiang's ten provincial laboratories and well-known
// research institutes (their public names and seats; every tie the generator gives them is synthetic), plus the
// vocabulary for generated institutes, innovation platforms, joint labs, competitions, talent pools and projects.

export type LabKind = 'provincial_lab' | 'joint_lab' | 'university' | 'research_institute' | 'innovation_platform';

export interface KnownLab {
  slug: string;
  zh: string;
  en: string;
  kind: LabKind;
  /** Region id value (see generate.ts): a Zhejiang county, or a province/city elsewhere. */
  region: string;
  founded: number;
  /** Relative pull for students, affiliations and partnerships; heavy-tailed on purpose. */
  weight: number;
  /** Sub-area codes it researches. */
  areas: string[];
  /** Slug of a lab it belongs to (a university's institute). */
  partOf?: string;
  /** Short names people search by. */
  aliases?: string[];
}

const zj = (city: string, county: string) => `cn.zj.${city}.${county}`;

export const KNOWN_LABS: KnownLab[] = [
  // Universities in Zhejiang.
  { slug: 'zju', zh: '浙江大学', en: 'Zhejiang University', kind: 'university', region: zj('hangzhou', 'xihu'), founded: 1897, weight: 100, areas: ['DE.AI', 'DE.IC', 'LH.BIO', 'EQ.ROB', 'NM.POLY', 'AG.SEED'], aliases: ['浙大', 'ZJU'] },
  { slug: 'westlake', zh: '西湖大学', en: 'Westlake University', kind: 'university', region: zj('hangzhou', 'xihu'), founded: 2018, weight: 10, areas: ['LH.BIO', 'LH.GENE', 'DE.AI'] },
  { slug: 'zjut', zh: '浙江工业大学', en: 'Zhejiang University of Technology', kind: 'university', region: zj('hangzhou', 'gongshu'), founded: 1953, weight: 30, areas: ['NM.CHEM', 'EQ.IM', 'LH.DRUG'], aliases: ['浙工大', 'ZJUT'] },
  { slug: 'hdu', zh: '杭州电子科技大学', en: 'Hangzhou Dianzi University', kind: 'university', region: zj('hangzhou', 'qiantang'), founded: 1956, weight: 25, areas: ['DE.IC', 'DE.SW', 'DE.COM'], aliases: ['杭电', 'HDU'] },
  { slug: 'zstu', zh: '浙江理工大学', en: 'Zhejiang Sci-Tech University', kind: 'university', region: zj('hangzhou', 'qiantang'), founded: 1897, weight: 18, areas: ['TX.FIB', 'TX.APP', 'EQ.IM'], aliases: ['浙江理工', 'ZSTU'] },
  { slug: 'cjlu', zh: '中国计量大学', en: 'China Jiliang University', kind: 'university', region: zj('hangzhou', 'qiantang'), founded: 1978, weight: 15, areas: ['EQ.INST', 'DE.IIOT'], aliases: ['中量大', 'CJLU'] },
  { slug: 'zjgsu', zh: '浙江工商大学', en: 'Zhejiang Gongshang University', kind: 'university', region: zj('hangzhou', 'qiantang'), founded: 1911, weight: 15, areas: ['SV.ECOM', 'SV.FIN', 'AG.FOOD'], aliases: ['浙商大'] },
  { slug: 'zufe', zh: '浙江财经大学', en: 'Zhejiang University of Finance and Economics', kind: 'university', region: zj('hangzhou', 'qiantang'), founded: 1974, weight: 10, areas: ['SV.FIN', 'SV.ECOM'] },
  { slug: 'hznu', zh: '杭州师范大学', en: 'Hangzhou Normal University', kind: 'university', region: zj('hangzhou', 'yuhang'), founded: 1908, weight: 14, areas: ['SV.EDU', 'LH.BIO', 'DE.SW'], aliases: ['杭师大'] },
  { slug: 'zcmu', zh: '浙江中医药大学', en: 'Zhejiang Chinese Medical University', kind: 'university', region: zj('hangzhou', 'binjiang'), founded: 1953, weight: 10, areas: ['LH.TCM', 'LH.DRUG'] },
  { slug: 'caa', zh: '中国美术学院', en: 'China Academy of Art', kind: 'university', region: zj('hangzhou', 'shangcheng'), founded: 1928, weight: 6, areas: ['SV.CUL', 'SV.DES', 'DE.XR'] },
  { slug: 'zust', zh: '浙江科技大学', en: 'Zhejiang University of Science and Technology', kind: 'university', region: zj('hangzhou', 'xihu'), founded: 1980, weight: 10, areas: ['EQ.IM', 'NM.CHEM'] },
  { slug: 'zafu', zh: '浙江农林大学', en: 'Zhejiang A&F University', kind: 'university', region: zj('hangzhou', 'linan'), founded: 1958, weight: 12, areas: ['AG.TEA', 'AG.SMART', 'GE.CN'], aliases: ['浙农林'] },
  { slug: 'nbu', zh: '宁波大学', en: 'Ningbo University', kind: 'university', region: zj('ningbo', 'jiangbei'), founded: 1986, weight: 20, areas: ['EQ.MAR', 'AG.FISH', 'DE.COM'], aliases: ['宁大'] },
  { slug: 'unnc', zh: '宁波诺丁汉大学', en: 'University of Nottingham Ningbo China', kind: 'university', region: zj('ningbo', 'yinzhou'), founded: 2004, weight: 6, areas: ['NM.COMP', 'SV.LOG'], aliases: ['宁诺', 'UNNC'] },
  { slug: 'zwu', zh: '浙江万里学院', en: 'Zhejiang Wanli University', kind: 'university', region: zj('ningbo', 'yinzhou'), founded: 1950, weight: 6, areas: ['SV.LOG', 'AG.FOOD'] },
  { slug: 'wmu', zh: '温州医科大学', en: 'Wenzhou Medical University', kind: 'university', region: zj('wenzhou', 'ouhai'), founded: 1958, weight: 14, areas: ['LH.DEV', 'LH.DRUG', 'LH.BIO'], aliases: ['温医大'] },
  { slug: 'wzu', zh: '温州大学', en: 'Wenzhou University', kind: 'university', region: zj('wenzhou', 'ouhai'), founded: 1933, weight: 12, areas: ['EQ.ELEC', 'NM.CHEM', 'EN.BAT'] },
  { slug: 'wku', zh: '温州肯恩大学', en: 'Wenzhou-Kean University', kind: 'university', region: zj('wenzhou', 'ouhai'), founded: 2011, weight: 3, areas: ['SV.FIN', 'DE.SW'] },
  { slug: 'zjnu', zh: '浙江师范大学', en: 'Zhejiang Normal University', kind: 'university', region: zj('jinhua', 'wucheng'), founded: 1956, weight: 15, areas: ['SV.EDU', 'NM.MAG', 'DE.AI'], aliases: ['浙师大'] },
  { slug: 'usx', zh: '绍兴文理学院', en: 'Shaoxing University', kind: 'university', region: zj('shaoxing', 'yuecheng'), founded: 1909, weight: 8, areas: ['TX.DYE', 'TX.FIB'] },
  { slug: 'zjhu', zh: '湖州师范学院', en: 'Huzhou University', kind: 'university', region: zj('huzhou', 'wuxing'), founded: 1916, weight: 7, areas: ['GE.POL', 'AG.SMART'] },
  { slug: 'zjxu', zh: '嘉兴大学', en: 'Jiaxing University', kind: 'university', region: zj('jiaxing', 'nanhu'), founded: 1914, weight: 7, areas: ['TX.FIB', 'NM.POLY'] },
  { slug: 'tzc', zh: '台州学院', en: 'Taizhou University', kind: 'university', region: zj('taizhou', 'jiaojiang'), founded: 1907, weight: 6, areas: ['LH.DRUG', 'EQ.IM'] },
  { slug: 'lsu', zh: '丽水学院', en: 'Lishui University', kind: 'university', region: zj('lishui', 'liandu'), founded: 1907, weight: 5, areas: ['AG.TEA', 'SV.CUL'] },
  { slug: 'qzu', zh: '衢州学院', en: 'Quzhou University', kind: 'university', region: zj('quzhou', 'kecheng'), founded: 1985, weight: 4, areas: ['NM.CHEM', 'EN.BAT'] },
  { slug: 'zjou', zh: '浙江海洋大学', en: 'Zhejiang Ocean University', kind: 'university', region: zj('zhoushan', 'dinghai'), founded: 1958, weight: 6, areas: ['AG.FISH', 'EQ.MAR'] },
  // Universities elsewhere where Zhejiang's researchers studied or hold posts.
  { slug: 'tsinghua', zh: '清华大学', en: 'Tsinghua University', kind: 'university', region: 'cn.beijing', founded: 1911, weight: 30, areas: ['DE.AI', 'DE.IC', 'EN.NUC'], aliases: ['清华', 'THU'] },
  { slug: 'pku', zh: '北京大学', en: 'Peking University', kind: 'university', region: 'cn.beijing', founded: 1898, weight: 25, areas: ['LH.BIO', 'DE.SW'], aliases: ['北大', 'PKU'] },
  { slug: 'buaa', zh: '北京航空航天大学', en: 'Beihang University', kind: 'university', region: 'cn.beijing', founded: 1952, weight: 12, areas: ['EQ.AERO', 'EQ.ROB'], aliases: ['北航', 'BUAA'] },
  { slug: 'sjtu', zh: '上海交通大学', en: 'Shanghai Jiao Tong University', kind: 'university', region: 'cn.shanghai', founded: 1896, weight: 25, areas: ['EQ.MAR', 'LH.DEV', 'DE.AI'], aliases: ['上海交大', 'SJTU'] },
  { slug: 'fudan', zh: '复旦大学', en: 'Fudan University', kind: 'university', region: 'cn.shanghai', founded: 1905, weight: 22, areas: ['LH.BIO', 'DE.IC'], aliases: ['复旦'] },
  { slug: 'tongji', zh: '同济大学', en: 'Tongji University', kind: 'university', region: 'cn.shanghai', founded: 1907, weight: 15, areas: ['AU.AD', 'GE.POL'] },
  { slug: 'shanghaitech', zh: '上海科技大学', en: 'ShanghaiTech University', kind: 'university', region: 'cn.shanghai', founded: 2013, weight: 5, areas: ['DE.AI', 'LH.BIO'] },
  { slug: 'ustc', zh: '中国科学技术大学', en: 'University of Science and Technology of China', kind: 'university', region: 'cn.anhui.hefei', founded: 1958, weight: 18, areas: ['DE.COM', 'NM.ENM', 'DE.AI'], aliases: ['中科大', 'USTC'] },
  { slug: 'nju', zh: '南京大学', en: 'Nanjing University', kind: 'university', region: 'cn.jiangsu.nanjing', founded: 1902, weight: 15, areas: ['NM.ECH', 'DE.SW'], aliases: ['南大'] },
  { slug: 'seu', zh: '东南大学', en: 'Southeast University', kind: 'university', region: 'cn.jiangsu.nanjing', founded: 1902, weight: 12, areas: ['DE.COM', 'EQ.IM'] },
  { slug: 'hust', zh: '华中科技大学', en: 'Huazhong University of Science and Technology', kind: 'university', region: 'cn.hubei.wuhan', founded: 1952, weight: 15, areas: ['EQ.CNC', 'DE.COM'], aliases: ['华科', 'HUST'] },
  { slug: 'whu', zh: '武汉大学', en: 'Wuhan University', kind: 'university', region: 'cn.hubei.wuhan', founded: 1893, weight: 14, areas: ['DE.BD', 'GE.POL'] },
  { slug: 'xjtu', zh: '西安交通大学', en: "Xi'an Jiaotong University", kind: 'university', region: 'cn.shaanxi.xian', founded: 1896, weight: 14, areas: ['EN.GRID', 'EQ.IM'], aliases: ['西交大', 'XJTU'] },
  { slug: 'hit', zh: '哈尔滨工业大学', en: 'Harbin Institute of Technology', kind: 'university', region: 'cn.heilongjiang.harbin', founded: 1920, weight: 14, areas: ['EQ.AERO', 'EQ.ROB'], aliases: ['哈工大', 'HIT'] },
  { slug: 'sysu', zh: '中山大学', en: 'Sun Yat-sen University', kind: 'university', region: 'cn.guangdong.guangzhou', founded: 1924, weight: 12, areas: ['LH.BIO', 'AG.FISH'], aliases: ['中大', 'SYSU'] },
  { slug: 'scu', zh: '四川大学', en: 'Sichuan University', kind: 'university', region: 'cn.sichuan.chengdu', founded: 1896, weight: 12, areas: ['NM.POLY', 'LH.DEV'] },
  { slug: 'hkust', zh: '香港科技大学', en: 'The Hong Kong University of Science and Technology', kind: 'university', region: 'cn.hongkong', founded: 1991, weight: 6, areas: ['DE.XR', 'DE.AI'], aliases: ['港科大', 'HKUST'] },
  // Zhejiang provincial laboratories.
  { slug: 'zhejianglab', zh: '之江实验室', en: 'Zhejiang Lab', kind: 'provincial_lab', region: zj('hangzhou', 'yuhang'), founded: 2017, weight: 60, areas: ['DE.AI', 'DE.IC', 'DE.BD'], aliases: ['之江'] },
  { slug: 'liangzhulab', zh: '良渚实验室', en: 'Liangzhu Laboratory', kind: 'provincial_lab', region: zj('hangzhou', 'yuhang'), founded: 2020, weight: 25, areas: ['LH.BIO', 'LH.DEV'] },
  { slug: 'westlakelab', zh: '西湖实验室', en: 'Westlake Laboratory', kind: 'provincial_lab', region: zj('hangzhou', 'xihu'), founded: 2020, weight: 25, areas: ['LH.BIO', 'LH.GENE'] },
  { slug: 'hupanlab', zh: '湖畔实验室', en: 'Hupan Laboratory', kind: 'provincial_lab', region: zj('hangzhou', 'xihu'), founded: 2020, weight: 20, areas: ['DE.SEC', 'DE.BD'] },
  { slug: 'baimahulab', zh: '白马湖实验室', en: 'Baima Lake Laboratory', kind: 'provincial_lab', region: zj('hangzhou', 'binjiang'), founded: 2021, weight: 20, areas: ['EN.BAT', 'EN.H2', 'GE.CN'] },
  { slug: 'donghailab', zh: '东海实验室', en: 'Donghai Laboratory', kind: 'provincial_lab', region: zj('zhoushan', 'dinghai'), founded: 2021, weight: 12, areas: ['EQ.MAR', 'AG.FISH'] },
  { slug: 'yongjianglab', zh: '甬江实验室', en: 'Yongjiang Laboratory', kind: 'provincial_lab', region: zj('ningbo', 'zhenhai'), founded: 2021, weight: 20, areas: ['NM.MAG', 'NM.ENM', 'NM.POLY'] },
  { slug: 'oujianglab', zh: '瓯江实验室', en: 'Oujiang Laboratory', kind: 'provincial_lab', region: zj('wenzhou', 'ouhai'), founded: 2021, weight: 15, areas: ['LH.BIO', 'LH.DRUG'] },
  { slug: 'tianmushanlab', zh: '天目山实验室', en: 'Tianmushan Laboratory', kind: 'provincial_lab', region: zj('hangzhou', 'yuhang'), founded: 2021, weight: 18, areas: ['EQ.AERO', 'NM.ENM'] },
  { slug: 'xianghulab', zh: '湘湖实验室', en: 'Xianghu Laboratory', kind: 'provincial_lab', region: zj('hangzhou', 'xiaoshan'), founded: 2021, weight: 12, areas: ['AG.SEED', 'AG.SMART'] },
  // Research institutes and innovation centres.
  { slug: 'yriti', zh: '浙江清华长三角研究院', en: 'Yangtze Delta Region Institute of Tsinghua University, Zhejiang', kind: 'research_institute', region: zj('jiaxing', 'nanhu'), founded: 2003, weight: 25, areas: ['SV.TT', 'GE.POL', 'LH.BIO'], partOf: 'tsinghua', aliases: ['清华长三角研究院'] },
  { slug: 'buaa-hz', zh: '北航国际创新研究院', en: 'Hangzhou International Innovation Institute of Beihang University', kind: 'research_institute', region: zj('hangzhou', 'yuhang'), founded: 2019, weight: 15, areas: ['EQ.AERO', 'DE.IC'], partOf: 'buaa' },
  { slug: 'zju-hic', zh: '浙江大学杭州国际科创中心', en: 'ZJU-Hangzhou Global Scientific and Technological Innovation Center', kind: 'research_institute', region: zj('hangzhou', 'xiaoshan'), founded: 2020, weight: 25, areas: ['DE.IC', 'NM.ENM', 'LH.BIO'], partOf: 'zju', aliases: ['浙大杭州科创中心'] },
  { slug: 'nimte', zh: '中国科学院宁波材料技术与工程研究所', en: 'Ningbo Institute of Materials Technology and Engineering, CAS', kind: 'research_institute', region: zj('ningbo', 'zhenhai'), founded: 2004, weight: 20, areas: ['NM.MAG', 'NM.COMP', 'NM.POLY'], aliases: ['宁波材料所', 'NIMTE'] },
  { slug: 'zaas', zh: '浙江省农业科学院', en: 'Zhejiang Academy of Agricultural Sciences', kind: 'research_institute', region: zj('hangzhou', 'shangcheng'), founded: 1908, weight: 10, areas: ['AG.SEED', 'AG.FOOD'] },
  { slug: 'zjut-mgs', zh: '浙江工业大学莫干山研究院', en: 'Moganshan Institute of Zhejiang University of Technology', kind: 'research_institute', region: zj('huzhou', 'deqing'), founded: 2019, weight: 6, areas: ['EQ.IM', 'GE.ES'], partOf: 'zjut' },
  { slug: 'yrd-nitic', zh: '长三角国家技术创新中心', en: 'Yangtze River Delta National Technology Innovation Center', kind: 'research_institute', region: 'cn.shanghai', founded: 2021, weight: 15, areas: ['SV.TT', 'EQ.IM', 'DE.IC'] },
];

/** Generated research institutes: "<city>市<area>产业技术研究院". */
export const INSTITUTE_PATTERN = { zh: (city: string, area: string) => `${city}${area}产业技术研究院`, en: (city: string, area: string) => `${city} ${area} Industrial Technology Research Institute` };

/** Innovation platforms per county (产业创新服务综合体 and innovation empowerment centres, as Zhejiang's counties run them). */
export const PLATFORM_PATTERNS = [
  { zh: (county: string, _area: string) => `${county}创新赋能中心`, en: (county: string, _area: string) => `${county} Innovation Empowerment Center` },
  { zh: (county: string, area: string) => `${county}${area}产业创新服务综合体`, en: (county: string, area: string) => `${county} ${area} Industrial Innovation Service Complex` },
  { zh: (county: string, area: string) => `${county}${area}科创中心`, en: (county: string, area: string) => `${county} ${area} Science and Innovation Center` },
];

/** The five admission dimensions of a shared-talent pool (Lishui practice). */
export const POOL_DIMENSIONS = ['行业评价', '专业能力', '竞赛荣誉', '学历职称', '业绩贡献'] as const;

export const PROJECT_KINDS = [
  { zh: '关键技术研发', en: 'Key Technology R&D' },
  { zh: '联合攻关', en: 'Joint Research Programme' },
  { zh: '成果转化', en: 'Technology Commercialisation' },
  { zh: '中试验证', en: 'Pilot Validation' },
  { zh: '产业化示范', en: 'Industrialisation Demonstration' },
] as const;

export const PROGRAMMES = ['尖兵研发攻关计划', '领雁研发攻关计划', '揭榜挂帅', '产学研合作', '县域创新券'] as const;

export const MILESTONES = ['需求确认', '首期里程碑', '中试验证', '成果验收'] as const;

export const RESEARCH_ROLES = [
  { role: 'professor', title: '教授', w: 0.15 },
  { role: 'associate professor', title: '副教授', w: 0.2 },
  { role: 'research fellow', title: '研究员', w: 0.15 },
  { role: 'associate research fellow', title: '副研究员', w: 0.2 },
  { role: 'assistant research fellow', title: '助理研究员', w: 0.18 },
  { role: 'postdoc', title: '博士后', w: 0.12 },
] as const;

export const STAFF_ROLES = [
  { role: 'engineer', title: '工程师', w: 0.24 },
  { role: 'senior engineer', title: '高级工程师', w: 0.1 },
  { role: 'technician', title: '', w: 0.16 },
  { role: 'operator', title: '', w: 0.14 },
  { role: 'sales manager', title: '', w: 0.09 },
  { role: 'product manager', title: '', w: 0.06 },
  { role: 'designer', title: '', w: 0.05 },
  { role: 'accountant', title: '', w: 0.05 },
  { role: 'R&D director', title: '正高级工程师', w: 0.03 },
  { role: 'quality manager', title: '工程师', w: 0.04 },
  { role: 'general manager', title: '', w: 0.02 },
  { role: 'purchasing manager', title: '', w: 0.02 },
] as const;

export const DEGREES = { bachelor: 22, master: 25, phd: 28 } as const;
