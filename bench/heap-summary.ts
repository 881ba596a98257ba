// Summarises a V8 heap snapshot (a `.heapsnapshot` file, e.g. from `npm run bench -- --heap-snapshots`): the heap
// by kind of object (self size, summed by type and constructor or string), and the objects that keep the most memory
// alive (retained size from the dominator tree, weak edges ignored, as DevTools computes it). It answers "what is
// this server's heap made of" without a browser.
//   npx tsx bench/heap-summary.ts FILE.heapsnapshot [--top 25]
import fs from 'node:fs';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] }; node_count: number };
  nodes: number[];
  edges: number[];
  strings: string[];
}

function main(): void {
  const file = process.argv[2];
  if (!file || !fs.existsSync(file)) throw new Error(`usage: npx tsx bench/heap-summary.ts FILE.heapsnapshot [--top N] (no such file: '${file ?? ''}')`);
  const ti = process.argv.indexOf('--top');
  const top = ti >= 0 ? Number(process.argv[ti + 1]) : 25;
  if (!Number.isInteger(top) || top < 1) throw new Error(`--top must be a whole number of rows (got '${process.argv[ti + 1] ?? ''}')`);
  const s = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
  const { meta } = s.snapshot;
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const [nType, nName, nSelf, nEdges] = ['type', 'name', 'self_size', 'edge_count'].map((f) => meta.node_fields.indexOf(f)) as [number, number, number, number];
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => meta.edge_fields.indexOf(f)) as [number, number, number];
  const nodeTypes = meta.node_types[0];
  const weak = meta.edge_types[0].indexOf('weak');
  const n = s.nodes.length / nf;

  // Label of a node: its type, and for objects, closures and natives its constructor or function name; strings are
  // counted together (their "name" is their text).
  const label = (i: number) => {
    const t = nodeTypes[s.nodes[i * nf + nType]!]!;
    if (t === 'string' || t === 'concatenated string' || t === 'sliced string') return `(string: ${t})`;
    if (t === 'number' || t === 'bigint') return `(${t})`;
    const name = s.strings[s.nodes[i * nf + nName]!] ?? '';
    return `${t}: ${name.length > 60 ? `${name.slice(0, 57)}...` : name}`;
  };
  const self = (i: number) => s.nodes[i * nf + nSelf]!;

  // Edges: the first edge index of each node.
  const firstEdge = new Uint32Array(n + 1);
  for (let i = 0, e = 0; i < n; i++) {
    firstEdge[i] = e;
    e += s.nodes[i * nf + nEdges]! * ef;
    firstEdge[i + 1] = e;
  }
  const succ = (i: number, f: (j: number) => void) => {
    for (let e = firstEdge[i]!; e < firstEdge[i + 1]!; e += ef) if (s.edges[e + eType] !== weak) f(s.edges[e + eTo]! / nf);
  };

  // Reverse postorder from the root (node 0), iteratively.
  const order = new Int32Array(n).fill(-1);
  const post: number[] = [];
  const stack: Array<[number, number]> = [[0, firstEdge[0]!]];
  const seen = new Uint8Array(n);
  seen[0] = 1;
  while (stack.length) {
    const top2 = stack[stack.length - 1]!;
    const [i, e] = top2;
    if (e >= firstEdge[i + 1]!) {
      order[i] = post.length;
      post.push(i);
      stack.pop();
      continue;
    }
    top2[1] = e + ef;
    if (s.edges[e + eType] === weak) continue;
    const j = s.edges[e + eTo]! / nf;
    if (!seen[j]) {
      seen[j] = 1;
      stack.push([j, firstEdge[j]!]);
    }
  }
  // Predecessors of reachable nodes.
  const preds: number[][] = Array.from({ length: n }, () => []);
  for (const i of post) succ(i, (j) => preds[j]!.push(i));
  // Dominators (Cooper, Harvey and Kennedy's iterative algorithm over the postorder numbers).
  const idom = new Int32Array(n).fill(-1);
  idom[0] = 0;
  const intersect = (a: number, b: number) => {
    while (a !== b) {
      while (order[a]! < order[b]!) a = idom[a]!;
      while (order[b]! < order[a]!) b = idom[b]!;
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = post.length - 1; k >= 0; k--) {
      const i = post[k]!;
      if (i === 0) continue;
      let d = -1;
      for (const p of preds[i]!) if (idom[p] !== -1) d = d === -1 ? p : intersect(p, d);
      if (d !== -1 && idom[i] !== d) {
        idom[i] = d;
        changed = true;
      }
    }
  }
  // Retained sizes: children before their dominators (postorder).
  const retained = new Float64Array(n);
  for (const i of post) retained[i]! += self(i);
  for (const i of post) if (i !== 0) retained[idom[i]!]! += retained[i]!;

  const mib = (b: number) => (b / 2 ** 20).toFixed(1);
  let total = 0;
  const byLabel = new Map<string, { count: number; size: number }>();
  for (const i of post) {
    total += self(i);
    const l = label(i);
    const v = byLabel.get(l) ?? byLabel.set(l, { count: 0, size: 0 }).get(l)!;
    v.count++;
    v.size += self(i);
  }
  console.log(`${file}: ${post.length.toLocaleString('en-US')} reachable objects of ${n.toLocaleString('en-US')}, ${mib(total)} MiB`);
  console.log(`\nBy kind (self size):\n| kind | objects | MiB | share |\n| --- | ---: | ---: | ---: |`);
  for (const [l, v] of [...byLabel].sort((a, b) => b[1].size - a[1].size).slice(0, top))
    console.log(`| ${l} | ${v.count.toLocaleString('en-US')} | ${mib(v.size)} | ${((100 * v.size) / total).toFixed(1)} % |`);

  // The biggest holders: objects (not the synthetic roots) by retained size, skipping any whose dominator is itself
  // listed with nearly the same size (a chain of wrappers around one thing).
  const candidates = post.filter((i) => nodeTypes[s.nodes[i * nf + nType]!] !== 'synthetic').sort((a, b) => retained[b]! - retained[a]!);
  console.log(`\nWhat keeps the most alive (retained size):\n| object | retained MiB | held by | its largest parts (MiB) |\n| --- | ---: | --- | --- |`);
  let shown = 0;
  for (const i of candidates) {
    if (shown >= top || retained[i]! < 2 ** 20) break;
    const d = idom[i]!;
    if (d > 0 && nodeTypes[s.nodes[d * nf + nType]!] !== 'synthetic' && retained[d]! < retained[i]! * 1.05) continue;
    // What it holds: its largest edges by the retained size of their targets (a context's variables, an object's
    // properties), so a big closure says which of its variables is big.
    const held: Array<[string, number]> = [];
    for (let e = firstEdge[i]!; e < firstEdge[i + 1]!; e += ef) {
      const j = s.edges[e + eTo]! / nf;
      if (idom[j] !== i) continue;
      const type = meta.edge_types[0][s.edges[e + eType]!]!;
      const name = type === 'element' || type === 'hidden' ? `[${s.edges[e + eName]}]` : s.strings[s.edges[e + eName]!]!;
      held.push([name, retained[j]!]);
    }
    const biggest = held.sort((a, b) => b[1] - a[1]).slice(0, 3).filter(([, b]) => b >= 2 ** 18);
    console.log(`| ${label(i)} | ${mib(retained[i]!)} | ${label(d)} | ${biggest.map(([n2, b]) => `${n2} ${mib(b)}`).join(', ')} |`);
    shown++;
  }
}

main();
