// The technology-area taxonomy of the synthetic graph: ten top areas after Zhejiang's industrial priorities, each
// with its sub-areas (PART_OF the top area). A sub-area also names the trade words a firm working in it would carry
// in its registered name (智能科技 / Intelligent Technology), so firm names and focus areas agree.

export interface SubArea {
  code: string;
  zh: string;
  en: string;
  /** Trade words for firm names: [zh, en]. */
  trades: ReadonlyArray<readonly [string, string]>;
}

export interface TopArea {
  code: string;
  zh: string;
  en: string;
  /** Share of firms whose main focus lies here. */
  weight: number;
  subs: SubArea[];
}

const s = (code: string, zh: string, en: string, ...trades: Array<readonly [string, string]>): SubArea => ({ code, zh, en, trades });

export const TECH_AREAS: TopArea[] = [
  {
    code: 'DE', zh: '数字经济', en: 'Digital Economy', weight: 0.2, subs: [
      s('DE.AI', '人工智能', 'Artificial Intelligence', ['智能科技', 'Intelligent Technology'], ['人工智能科技', 'Artificial Intelligence Technology']),
      s('DE.IC', '集成电路', 'Integrated Circuits', ['微电子', 'Microelectronics'], ['半导体', 'Semiconductor']),
      s('DE.BD', '云计算与大数据', 'Cloud Computing and Big Data', ['数据科技', 'Data Technology'], ['云计算', 'Cloud Computing']),
      s('DE.IIOT', '工业互联网', 'Industrial Internet', ['工业互联网', 'Industrial Internet'], ['物联科技', 'IoT Technology']),
      s('DE.SW', '软件与信息服务', 'Software and IT Services', ['软件', 'Software'], ['信息技术', 'Information Technology'], ['网络科技', 'Network Technology']),
      s('DE.SEC', '网络安全', 'Cyber Security', ['网络安全技术', 'Cyber Security Technology'], ['信息安全', 'Information Security']),
      s('DE.XR', '元宇宙与虚拟现实', 'Metaverse and Virtual Reality', ['数字科技', 'Digital Technology'], ['视觉科技', 'Vision Technology']),
      s('DE.COM', '5G与通信', '5G and Communications', ['通信技术', 'Communication Technology'], ['电子科技', 'Electronic Technology']),
    ],
  },
  {
    code: 'EQ', zh: '高端装备', en: 'High-end Equipment', weight: 0.16, subs: [
      s('EQ.IM', '智能制造装备', 'Intelligent Manufacturing Equipment', ['智能装备', 'Intelligent Equipment'], ['自动化设备', 'Automation Equipment']),
      s('EQ.ROB', '机器人', 'Robotics', ['机器人', 'Robotics'], ['智能机器人', 'Intelligent Robotics']),
      s('EQ.CNC', '数控机床', 'CNC Machine Tools', ['数控机床', 'CNC Machine Tool'], ['精密机械', 'Precision Machinery']),
      s('EQ.AERO', '航空航天装备', 'Aerospace Equipment', ['航空科技', 'Aviation Technology'], ['航天科技', 'Aerospace Technology']),
      s('EQ.RAIL', '轨道交通装备', 'Rail Transit Equipment', ['轨道交通设备', 'Rail Transit Equipment']),
      s('EQ.MAR', '海洋工程装备', 'Marine Engineering Equipment', ['船舶', 'Shipbuilding'], ['海洋工程', 'Marine Engineering']),
      s('EQ.ELEC', '机电与电机', 'Electromechanics and Motors', ['机电', 'Electromechanical'], ['电机', 'Motor']),
      s('EQ.INST', '仪器仪表', 'Instruments and Meters', ['仪器仪表', 'Instruments'], ['检测技术', 'Testing Technology']),
    ],
  },
  {
    code: 'NM', zh: '新材料', en: 'New Materials', weight: 0.1, subs: [
      s('NM.MET', '先进金属材料', 'Advanced Metal Materials', ['铝业', 'Aluminium'], ['金属材料', 'Metal Materials'], ['合金', 'Alloy']),
      s('NM.POLY', '高分子材料', 'Polymer Materials', ['高分子材料', 'Polymer Materials'], ['塑业', 'Plastics']),
      s('NM.CHEM', '化工新材料', 'New Chemical Materials', ['化工', 'Chemical'], ['新材料', 'New Materials']),
      s('NM.MAG', '磁性材料', 'Magnetic Materials', ['磁业', 'Magnetics'], ['磁性材料', 'Magnetic Materials']),
      s('NM.COMP', '碳纤维与复合材料', 'Carbon Fibre and Composites', ['复合材料', 'Composite Materials'], ['碳纤维', 'Carbon Fibre']),
      s('NM.ENM', '新能源材料', 'New Energy Materials', ['新能源材料', 'New Energy Materials'], ['电池材料', 'Battery Materials']),
      s('NM.ECH', '电子化学品', 'Electronic Chemicals', ['电子材料', 'Electronic Materials']),
    ],
  },
  {
    code: 'LH', zh: '生命健康', en: 'Life and Health', weight: 0.1, subs: [
      s('LH.BIO', '生物医药', 'Biomedicine', ['生物医药', 'Biopharmaceutical'], ['生物科技', 'Biotechnology']),
      s('LH.DEV', '高端医疗器械', 'Medical Devices', ['医疗器械', 'Medical Devices'], ['医疗科技', 'Medical Technology']),
      s('LH.DRUG', '创新药物', 'Innovative Drugs', ['药业', 'Pharmaceutical'], ['制药', 'Pharmaceutical Manufacturing']),
      s('LH.GENE', '基因与细胞治疗', 'Gene and Cell Therapy', ['基因科技', 'Gene Technology'], ['细胞科技', 'Cell Technology']),
      s('LH.TCM', '中医药', 'Traditional Chinese Medicine', ['中药', 'Traditional Chinese Medicine'], ['国药', 'Herbal Medicine']),
      s('LH.DH', '数字医疗', 'Digital Health', ['健康科技', 'Health Technology'], ['医疗信息', 'Medical Information']),
    ],
  },
  {
    code: 'EN', zh: '新能源', en: 'New Energy', weight: 0.08, subs: [
      s('EN.PV', '光伏', 'Photovoltaics', ['光伏科技', 'Photovoltaic Technology'], ['光电', 'Optoelectronics']),
      s('EN.BAT', '锂电池与储能', 'Lithium Batteries and Energy Storage', ['储能科技', 'Energy Storage Technology'], ['电池', 'Battery']),
      s('EN.H2', '氢能', 'Hydrogen Energy', ['氢能科技', 'Hydrogen Technology']),
      s('EN.WIND', '风电', 'Wind Power', ['风电设备', 'Wind Power Equipment']),
      s('EN.GRID', '智能电网', 'Smart Grid', ['电气', 'Electric'], ['电力科技', 'Power Technology']),
      s('EN.NUC', '核电与核技术', 'Nuclear Power and Technology', ['核电设备', 'Nuclear Power Equipment']),
    ],
  },
  {
    code: 'AU', zh: '智能汽车', en: 'Smart Vehicles', weight: 0.08, subs: [
      s('AU.NEV', '新能源整车', 'New Energy Vehicles', ['汽车', 'Automobile'], ['新能源汽车', 'New Energy Vehicle']),
      s('AU.ELEC', '汽车电子', 'Automotive Electronics', ['汽车电子', 'Automotive Electronics']),
      s('AU.AD', '自动驾驶', 'Autonomous Driving', ['智能驾驶科技', 'Intelligent Driving Technology']),
      s('AU.PART', '汽车零部件', 'Auto Parts', ['汽车零部件', 'Auto Parts'], ['汽配', 'Auto Accessories']),
    ],
  },
  {
    code: 'TX', zh: '现代纺织与服装', en: 'Modern Textiles and Apparel', weight: 0.09, subs: [
      s('TX.FIB', '功能性纤维', 'Functional Fibres', ['化纤', 'Chemical Fibre'], ['纤维', 'Fibre']),
      s('TX.DYE', '印染', 'Printing and Dyeing', ['印染', 'Printing and Dyeing']),
      s('TX.APP', '服装与设计', 'Apparel and Design', ['服饰', 'Apparel'], ['服装', 'Garment']),
      s('TX.IND', '产业用纺织品', 'Technical Textiles', ['纺织', 'Textile'], ['家纺', 'Home Textile']),
    ],
  },
  {
    code: 'GE', zh: '节能环保', en: 'Energy Saving and Environment', weight: 0.06, subs: [
      s('GE.POL', '污染治理', 'Pollution Control', ['环保科技', 'Environmental Technology'], ['环境工程', 'Environmental Engineering']),
      s('GE.REC', '资源循环利用', 'Resource Recycling', ['再生资源', 'Renewable Resources']),
      s('GE.ES', '节能技术', 'Energy Saving Technology', ['节能科技', 'Energy Saving Technology']),
      s('GE.CN', '碳中和技术', 'Carbon Neutrality Technology', ['低碳科技', 'Low Carbon Technology']),
    ],
  },
  {
    code: 'AG', zh: '现代农业', en: 'Modern Agriculture', weight: 0.05, subs: [
      s('AG.SEED', '种业', 'Seed Industry', ['种业', 'Seed']),
      s('AG.SMART', '智慧农业', 'Smart Agriculture', ['农业科技', 'Agricultural Technology']),
      s('AG.FOOD', '农产品加工', 'Agricultural Product Processing', ['食品', 'Food'], ['农业开发', 'Agricultural Development']),
      s('AG.TEA', '茶产业与林业', 'Tea and Forestry', ['茶业', 'Tea'], ['竹业', 'Bamboo']),
      s('AG.FISH', '海洋渔业', 'Marine Fisheries', ['水产', 'Aquatic Products'], ['海洋科技', 'Marine Technology']),
    ],
  },
  {
    code: 'SV', zh: '现代服务业', en: 'Modern Services', weight: 0.08, subs: [
      s('SV.ECOM', '跨境电商', 'Cross-border E-commerce', ['电子商务', 'E-commerce'], ['进出口', 'Import and Export'], ['贸易', 'Trading']),
      s('SV.FIN', '数字金融', 'Digital Finance', ['金融信息服务', 'Financial Information Services']),
      s('SV.LOG', '现代物流', 'Modern Logistics', ['供应链管理', 'Supply Chain Management'], ['物流', 'Logistics']),
      s('SV.CUL', '文化创意', 'Cultural and Creative Industries', ['文化创意', 'Cultural and Creative'], ['文化传媒', 'Culture and Media']),
      s('SV.TT', '科技服务与技术转移', 'Technology Services and Transfer', ['科技服务', 'Technology Services'], ['技术转移', 'Technology Transfer']),
      s('SV.DES', '工业设计', 'Industrial Design', ['工业设计', 'Industrial Design']),
      s('SV.EDU', '教育科技', 'Education Technology', ['教育科技', 'Education Technology']),
    ],
  },
];

/** Flat list of sub-areas with their top area's index, in taxonomy order. */
export const SUB_AREAS: Array<SubArea & { top: number }> = TECH_AREAS.flatMap((t, top) => t.subs.map((sub) => ({ ...sub, top })));

/** Node id value of an area (`DE.AI` -> `de.ai`). */
export function areaSlug(code: string): string {
  return code.toLowerCase();
}
