// Output files of the generator: one per node label and one per (type, start label, end label), in the
// neo4j-admin header convention; the ID space of every id column is its label.
import type { NodeLabel, RelType } from '../../server/model/model.js';
import type { CsvSink, SinkSet } from './csv-sink.js';
import { ADMISSION_COLUMN, DESK_DEMAND_COLUMNS } from './desk-history.js';

export type WrittenLabel = Exclude<NodeLabel, 'Organisation'>;

export class NodeFile {
  constructor(
    readonly label: NodeLabel,
    readonly sink: CsvSink,
  ) {}
  add(row: string): void {
    this.sink.row(row);
  }
}

export class RelFile {
  private readonly tail: string;
  constructor(
    readonly type: RelType,
    readonly sink: CsvSink,
  ) {
    this.tail = `,${type}`;
  }
  /** `props` holds the property fields after :TYPE without the trailing source column, comma-led, or ''. */
  add(start: string | number, end: string | number, props: string): void {
    this.sink.row(`${start},${end}${this.tail}${props},synthetic`);
  }
}

export interface OutputFiles {
  nodes: Map<NodeLabel, NodeFile>;
  rels: RelFile[];
}

/** Opens files on first use, so a phase asks for the file it writes and the first ask fixes the file order. */
export interface Outputs {
  node(label: WrittenLabel): NodeFile;
  rel(type: RelType, from: NodeLabel, to: NodeLabel): RelFile;
  readonly files: OutputFiles;
}

const NODE_HEADERS: Record<WrittenLabel, string[]> = {
  Region: ['name', 'nameZh', 'nameEn', 'aliases:string[]', 'level', 'code', 'population:int', 'overseasPopulation:int', 'lat:float', 'lon:float', 'source'],
  TechArea: ['name', 'nameZh', 'nameEn', 'code', 'source'],
  Enterprise: ['name', 'nameZh', 'nameEn', 'founded:int', 'employees:int', 'country', 'sme:boolean', 'source'],
  Lab: ['name', 'nameZh', 'nameEn', 'aliases:string[]', 'kind', 'founded:int', 'country', 'source'],
  Competition: ['name', 'nameZh', 'nameEn', 'year:int', 'edition:int', 'tracks:string[]', 'source'],
  TalentPool: ['name', 'nameZh', 'nameEn', 'kind', 'dimensions:string[]', 'responseHours:int', 'memberCount:int', 'source'],
  Person: ['name', 'nameZh', 'nameEn', 'gender', 'birthday:date', 'title', 'email', 'phone', 'wechat', 'consent:boolean', 'country', 'source'],
  Project: ['name', 'nameZh', 'nameEn', 'status', 'start:date', 'end:date', 'budget:float', 'totalCost:float', 'escrowPercent:float', 'escrowState', 'milestones:string[]', 'nextMilestone', 'nextMilestoneDue:date', 'programme:string[]', 'source'],
  Demand: ['name', 'nameZh', 'nameEn', 'status', 'postedAt:datetime', 'responseDue:datetime', 'techAreaIds:string[]', 'regionId', 'source', ...DESK_DEMAND_COLUMNS],
};

/** Property columns per relationship type (before the trailing source column). */
const REL_COLUMNS: Record<RelType, string[]> = {
  WORKS_AT: ['role', 'start:date', 'end:date'],
  AFFILIATED_WITH: ['role', 'start:date', 'end:date', 'strength:float'],
  STUDIED_AT: ['degree', 'classYear:int'],
  KNOWS: ['since:date', 'strength:float'],
  COLLABORATED_WITH: ['start:date', 'strength:float'],
  EXPERT_IN: ['level:float'],
  FOCUSES_ON: ['strength:float'],
  RESEARCHES: ['strength:float'],
  WON: ['rank:int', 'year:int', 'track', 'prize'],
  MEMBER_OF: ['dimensions:string[]', 'admittedOn:date', 'tags:string[]', ADMISSION_COLUMN],
  ORIGINATES_FROM: [],
  LIVES_IN: ['start:date', 'end:date'],
  LOCATED_IN: [],
  PART_OF: [],
  PARTNERS_WITH: ['role', 'start:date', 'strength:float', 'jointLabId'],
  PARTICIPATES_IN: ['role', 'contribution:float'],
  BROKERED: ['role', 'start:date'],
  POSTED: ['start:date'],
  NEEDS: ['weight:float'],
  FOUNDED: ['role', 'start:date'],
};

export function openOutputs(sinks: SinkSet): Outputs {
  const files: OutputFiles = { nodes: new Map(), rels: [] };
  const relFiles = new Map<string, RelFile>();
  return {
    files,
    node(label) {
      let f = files.nodes.get(label);
      if (!f) {
        const sink = sinks.open(`nodes-${label.toLowerCase()}.csv`, [`id:ID(${label})`, ':LABEL', ...NODE_HEADERS[label]]);
        f = new NodeFile(label, sink);
        files.nodes.set(label, f);
      }
      return f;
    },
    rel(type, from, to) {
      const key = `${type}|${from}|${to}`;
      let f = relFiles.get(key);
      if (!f) {
        const name = `rels-${from.toLowerCase()}-${type.toLowerCase()}-${to.toLowerCase()}.csv`;
        const sink = sinks.open(name, [`:START_ID(${from})`, `:END_ID(${to})`, ':TYPE', ...REL_COLUMNS[type], 'source']);
        f = new RelFile(type, sink);
        relFiles.set(key, f);
        files.rels.push(f);
      }
      return f;
    },
  };
}
