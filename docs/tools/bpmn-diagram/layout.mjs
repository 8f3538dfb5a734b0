// Gives a hand-written BPMN file a diagram (BPMNDI section).
//
//   node layout.mjs <file.bpmn> [--no-plan]
//
// 1. Removes any existing <bpmndi:BPMNDiagram> element.
// 2. Runs bpmn-auto-layout's layoutProcess(xml): every flow node gets a shape
//    (with its standard size) and every sequence flow an edge.
// 3. Post-processes the coordinates, because the auto layout puts everything
//    on one very long line and draws loops back to earlier tasks straight
//    through other tasks:
//    - if PLANS below has a grid plan for the process, the shapes are moved to
//      that grid (for complaint: a "snake" in two bands, with side branches
//      above/below, the SKPD's resolution as an expanded subprocess, and a
//      third band for what the SLA timers start); otherwise (or with
//      --no-plan) the auto-layout positions are kept;
//    - every sequence flow is re-routed orthogonally around the shapes
//      (shortest path with penalties for bends, crossings and overlaps;
//      inside an expanded subprocess flows stay inside its frame);
//    - labels of events, gateways and sequence flows get explicit bounds in a
//      free spot next to their element.
// 4. Splices the new <bpmndi:BPMNDiagram> into the ORIGINAL text before
//    </bpmn:definitions>. The semantic part (process, ids, names, camunda:*
//    attributes and extension elements, comments, formatting) stays byte for
//    byte as it was: bpmn-auto-layout's own export drops the XML comments.
//    The script checks this, and the camunda:* counts, before writing.
import fs from 'node:fs';
import { layoutProcess } from 'bpmn-auto-layout';
// bpmn-moddle is the BPMN parser used by both bpmn-auto-layout and bpmn-js
// (one hoisted copy, pinned by package-lock.json).
import { BpmnModdle } from 'bpmn-moddle';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const usePlan = !args.includes('--no-plan');
if (!file) {
  console.error('usage: node layout.mjs <file.bpmn> [--no-plan]');
  process.exit(2);
}

// ---------------------------------------------------------------------------
// Grid plans: [column, row] of the CENTRE of each flow node, per process id
// ([column, row, width] for a task that needs to be wider than TASK_W).
// Columns are COL_W apart, rows ROW_H apart; fractions are allowed.
// - Boundary events: { side: 'top' | 'bottom', at } of their host (at = 0..1
//   along that edge, default 0.5). Put a warning/overdue pair side by side
//   with two `at` values.
// - Expanded (embedded or event) subprocesses: { box: [col1, row1, col2, row2] },
//   the EDGES of the rectangle in grid units; its children are planned like
//   any other node and must lie inside the box (checked).
// - $flows: optional port sides for single flows: from/to = 'T' | 'B' | 'L' | 'R'.
// - $late: ids of flows routed after all others (long secondary flows that
//   should fit around the main flow instead of the other way round).
// Nodes missing from a plan make the whole process fall back to the
// auto-layout positions (with a warning), so a new task is never lost.
// ---------------------------------------------------------------------------
const COL_W = 180;
const ROW_H = 140;
const TASK_W = 120; // a bit wider than the usual 100, so names wrap less and clear the task icon

// The five SLA clocks of the complaint process: warning (left) and overdue
// (right) timers side by side on the bottom edge of the activity they watch.
const SLA_PAIR = (at = 0.5, gap = 0.36) => [{ side: 'bottom', at: at - gap / 2 }, { side: 'bottom', at: at + gap / 2 }];
const [VW, VO] = SLA_PAIR(0.26, 0.22); // Verifikasi (wider): left of the return flow from "Menunggu kelengkapan"
const [AW, AO] = SLA_PAIR();
const [FW, FO] = SLA_PAIR(0.42);        // Tindak lanjut pertama: right bottom corner stays free
const [RW, RO] = SLA_PAIR(0.1247, 0.0336); // on the (wide) subprocess; the warning right above its SLA task
const [EW, EO] = SLA_PAIR();

const PLANS = {
  complaint: {
    // Band 1 (rows 0-3): intake, verification, routing and disposition.
    EndEvent_ComplaintArchived: [1.3, 0],
    EndEvent_ComplaintTransferred: [2.7, 0],
    Task_ChooseSkpd: [5, 0],
    StartEvent_ComplaintSubmitted: [0, 1],
    Task_VerifyComplaint: [1, 1, 170],
    BoundaryEvent_VerificationWarning: VW,
    BoundaryEvent_VerificationOverdue: VO,
    Gateway_VerificationOutcome: [2, 1],
    Task_RouteComplaint: [3, 1],
    Gateway_RoutingFound: [4, 1],
    Task_DisposeComplaint: [5, 1],
    Task_AcceptDisposition: [6, 1],
    BoundaryEvent_AcceptanceWarning: AW,
    BoundaryEvent_AcceptanceOverdue: AO,
    Gateway_DispositionAccepted: [7, 1],
    Task_PostFirstResponse: [8, 1],
    BoundaryEvent_FirstResponseWarning: FW,
    BoundaryEvent_FirstResponseOverdue: FO,
    Task_AwaitCompletion: [2, 2],
    BoundaryEvent_CompletionWindowExpired: { side: 'bottom' },
    Task_WithdrawComplaint: [3, 3],
    EndEvent_ComplaintWithdrawn: [4, 3],

    // Band 2 (rows 4-7): the SKPD's resolution (subprocess), answer,
    // feedback, reopen and escalation.
    SubProcess_Resolution: { box: [0.25, 4.15, 7.2, 6.93] },
    BoundaryEvent_ResolutionWarning: RW,
    BoundaryEvent_ResolutionOverdue: RO,
    StartEvent_ResolutionStarted: [0.6, 5.75],
    Task_HandleComplaint: [1.45, 5.75],
    Gateway_InvestigationNeeded: [2.35, 5.75],
    Task_Investigate: [3.25, 4.8],
    Task_DraftFinalResponse: [4.15, 5.75],
    Task_ApproveFinalResponse: [5.15, 5.75],
    Gateway_FinalResponseApproved: [6.1, 5.75],
    EndEvent_AnswerApproved: [6.85, 5.75],
    Task_CloseForSilence: [10, 4.8],
    Task_AwaitFeedback: [8, 5.75],
    BoundaryEvent_FeedbackWindowExpired: { side: 'top', at: 0.8 },
    Gateway_Satisfied: [9, 5.75],
    Task_CloseAccepted: [10.5, 5.75],
    EndEvent_ComplaintResolved: [12, 5.75],
    Task_ReopenComplaint: [8, 6.7],
    Gateway_ReopenLimit: [9, 6.7],
    Task_EscalateComplaint: [10, 6.7],
    Task_ReviewEscalation: [11, 6.7],
    BoundaryEvent_EscalationWarning: EW,
    BoundaryEvent_EscalationOverdue: EO,
    Gateway_EscalationDecision: [12, 6.7],

    // Band 3 (row 8): what the SLA timers start.
    Task_SendSlaWarning: [1, 8.1],
    EndEvent_SlaWarningSent: [2.2, 8.1],
    Task_RecordSlaBreach: [3.6, 8.1],
    EndEvent_SlaBreachRecorded: [4.8, 8.1],

    $flows: {
      SequenceFlow_VerificationOutcomeNotAuthority: { from: 'T' },
      SequenceFlow_VerificationOutcomeRejected: { from: 'T' },
      SequenceFlow_ToHandle: { from: 'R', via: [[8.75, 1]], to: 'T' },
      SequenceFlow_EscalationDecisionReassign: { from: 'R', to: 'T' },
      // SLA timer flows: warnings along one shared lane, overdue along the
      // next one. Band 1: straight down to the gap under band 1, left, down
      // on the left of the subprocess; escalation: below the SLA tasks.
      ...Object.fromEntries(['Verification', 'Acceptance', 'FirstResponse'].flatMap((x) => [
        [`SequenceFlow_${x}Warning`, { via: [[null, 3.5], [-0.42, null], [null, 8.1]], to: 'L' }],
        [`SequenceFlow_${x}Overdue`, { via: [[null, 3.68], [-0.28, null], [null, 7.6], [3.6, null]], to: 'T' }]
      ])),
      SequenceFlow_ResolutionWarning: { to: 'T' },
      SequenceFlow_ResolutionOverdue: { via: [[null, 7.6], [3.6, null]], to: 'T' },
      SequenceFlow_EscalationWarning: { via: [[null, 8.68], [1, null]], to: 'B' },
      SequenceFlow_EscalationOverdue: { via: [[null, 8.86], [3.6, null]], to: 'B' }
    },
    // The timer flows keep out of the right half of band 2: band 1's go down
    // on the left of the subprocess instead.
    $lateKeepOut: [[7.25, 3.78, 13.5, 7.0]],
    $late: [
      'SequenceFlow_VerificationWarning', 'SequenceFlow_VerificationOverdue',
      'SequenceFlow_AcceptanceWarning', 'SequenceFlow_AcceptanceOverdue',
      'SequenceFlow_FirstResponseWarning', 'SequenceFlow_FirstResponseOverdue',
      'SequenceFlow_ResolutionWarning', 'SequenceFlow_ResolutionOverdue',
      'SequenceFlow_EscalationWarning', 'SequenceFlow_EscalationOverdue'
    ]
  },

  slaBreach: {
    StartEvent_SlaBreached: [0, 0],
    Gateway_BothLevels: [1, 0],
    Task_ReviewOverdue: [2.2, 0],
    EndEvent_OverdueReviewed: [4.4, 0],
    TimerEvent_SecondLevelDue: [2.2, 1],
    Task_EscalateOverdue: [3.3, 1],
    EndEvent_OverdueEscalated: [4.4, 1],
    // Event subprocess (message start): ends the escalation when the late stage is done.
    SubProcess_StageCompleted: { box: [0.35, 1.75, 3.35, 2.75] },
    StartEvent_StageCompleted: [1.1, 2.3],
    EndEvent_StageCompleted: [2.6, 2.3]
  }
};

// ===========================================================================
// Layout steps
// ===========================================================================

function applyPlan(d, plan) {
  for (const n of d.nodes.values()) {
    const p = plan[n.id];
    if (Array.isArray(p)) {
      if (isTaskLike(n)) n.w = p[2] || TASK_W;
      n.x = Math.round(p[0] * COL_W - n.w / 2);
      n.y = Math.round(p[1] * ROW_H - n.h / 2);
    } else if (p && p.box) {
      const [c1, r1, c2, r2] = p.box;
      n.x = Math.round(c1 * COL_W);
      n.y = Math.round(r1 * ROW_H);
      n.w = Math.round((c2 - c1) * COL_W);
      n.h = Math.round((r2 - r1) * ROW_H);
      n.expanded = true;
    }
  }
  for (const n of d.nodes.values()) {
    if (!n.host) continue;
    const host = d.nodes.get(n.host);
    const side = (plan[n.id] && plan[n.id].side) || 'bottom';
    const at = (plan[n.id] && plan[n.id].at) || 0.5;
    n.x = Math.round(host.x + host.w * at - n.w / 2);
    n.y = Math.round((side === 'top' ? host.y : host.y + host.h) - n.h / 2);
  }
  // Children of an expanded subprocess must lie inside its box (with room
  // for the title at the top).
  for (const n of d.nodes.values()) {
    if (!n.parent) continue;
    const c = d.nodes.get(n.parent);
    if (!c.expanded) throw new Error(`${n.id} is inside ${c.id}, which has no { box } in the plan`);
    if (n.x < c.x + 10 || n.x + n.w > c.x + c.w - 10 || n.y < c.y + 30 || n.y + n.h > c.y + c.h - 10) {
      throw new Error(`${n.id} does not fit inside the box of ${c.id}`);
    }
  }
  // Two shapes on top of each other are a plan error (boundary events excepted).
  const flat = [...d.nodes.values()].filter((n) => !n.host && !n.expanded);
  for (let i = 0; i < flat.length; i++) {
    for (let j = i + 1; j < flat.length; j++) {
      const a = flat[i], b = flat[j];
      if (a.x < b.x + b.w + 10 && b.x < a.x + a.w + 10 && a.y < b.y + b.h + 10 && b.y < a.y + a.h + 10) {
        throw new Error(`plan puts ${a.id} and ${b.id} on top of each other`);
      }
    }
  }
  for (const c of d.nodes.values()) {
    if (!c.expanded) continue;
    for (const n of d.nodes.values()) {
      if (n === c || n.host === c.id || isInside(d, n, c.id)) continue;
      if (n.x < c.x + c.w + 10 && c.x < n.x + n.w + 10 && n.y < c.y + c.h + 10 && c.y < n.y + n.h + 10) {
        throw new Error(`plan puts ${n.id} on the box of ${c.id}`);
      }
    }
  }
  d.hints = plan.$flows || {};
  d.late = new Set(plan.$late || []);
  d.lateKeepOut = (plan.$lateKeepOut || []).map(([c1, r1, c2, r2], i) => ({
    id: 'keepOut' + i, x1: c1 * COL_W, y1: r1 * ROW_H, x2: c2 * COL_W, y2: r2 * ROW_H
  }));
  d.planned = true;
}

// --- orthogonal router ------------------------------------------------------

const MARGIN = 14;       // clearance kept around shapes
const BEND = 30;         // cost of one bend
const CROSS = 60;        // cost of crossing / touching another flow
const OVERLAP = 600;     // cost of running on top of an unrelated flow
const LABEL_SPOT = 40;   // cost of running through the label spot below an event/gateway
const DIRS = [[1, 0], [-1, 0], [0, 1], [0, -1]]; // R L D U
const SIDE_DIR = { R: 0, L: 1, B: 2, T: 3 };

function isTaskLike(n) {
  return !/Gateway$|Event$/.test(n.type);
}

// Is node n (or the host of boundary event n) nested somewhere inside container id?
function isInside(d, n, id) {
  for (let p = n.host ? d.nodes.get(n.host) : n; p && p.parent; p = d.nodes.get(p.parent)) {
    if (p.parent === id) return true;
  }
  return false;
}

// Title area of an expanded subprocess (bpmn-js draws the name centred at
// the top, 12px, 7px padding).
function titleBox(n) {
  const w = Math.min(n.w - 20, labelSize(n.name || '', 10000).w * 12 / 11 + 10);
  return { x: n.x + n.w / 2 - w / 2, y: n.y + 3, w, h: 26 };
}

function portsOf(n, d) {
  const cx = n.x + n.w / 2, cy = n.y + n.h / 2;
  let sides = ['R', 'L', 'T', 'B'];
  if (n.host) {
    const host = d.nodes.get(n.host);
    sides = [cy <= host.y + host.h / 2 ? 'T' : 'B'];
  }
  // Tasks: the middle and a quarter to either side; on top and bottom also
  // near the corners (for when boundary events take the middle).
  // Expanded subprocesses: many spots, plus one in line with the centre of
  // every node a flow connects it to, so such flows can run straight.
  const ports = [];
  const add = (side, x, y, off) => {
    const [dx, dy] = DIRS[SIDE_DIR[side]];
    ports.push({ node: n.id, side, off, x, y, sx: x + dx * MARGIN, sy: y + dy * MARGIN, dir: SIDE_DIR[side] });
  };
  for (const side of sides) {
    const horiz = side === 'T' || side === 'B';
    let offs = [0];
    if (n.expanded) offs = [0, -0.4, -0.3, -0.2, -0.1, 0.1, 0.2, 0.3, 0.4];
    else if (isTaskLike(n)) offs = horiz ? [0, -0.25, 0.25, -0.4, 0.4] : [0, -0.25, 0.25];
    for (const off of offs) {
      if (side === 'R' || side === 'L') add(side, side === 'R' ? n.x + n.w : n.x, cy + off * n.h, off);
      else add(side, cx + off * n.w, side === 'B' ? n.y + n.h : n.y, off);
    }
    if (n.expanded) {
      for (const f of d.flows) {
        const o = f.source === n.id ? d.nodes.get(f.target) : f.target === n.id ? d.nodes.get(f.source) : null;
        if (!o) continue;
        const ox = o.x + o.w / 2, oy = o.y + o.h / 2;
        if (horiz && ox > n.x + 20 && ox < n.x + n.w - 20) add(side, ox, side === 'B' ? n.y + n.h : n.y, (ox - cx) / n.w);
        if (!horiz && oy > n.y + 20 && oy < n.y + n.h - 20) add(side, side === 'R' ? n.x + n.w : n.x, oy, (oy - cy) / n.h);
      }
    }
  }
  if (n.expanded) {
    // Not into the title.
    const t = titleBox(n);
    return ports.filter((p) => !(p.side === 'T' && p.x > t.x - 10 && p.x < t.x + t.w + 10));
  }
  return ports;
}

// Cost of leaving (out) or entering a node through a port: sides facing the
// other end of the flow are free, sides at right angles cost a little, sides
// facing away cost a lot; flows read left to right, so leaving a task to the
// left or entering it from the right costs a little extra.
function sidePenalty(n, port, out, other) {
  const off = port.off ? 10 : 0;
  if (n.host) return off;
  const vx = other.x + other.w / 2 - (n.x + n.w / 2);
  const vy = other.y + other.h / 2 - (n.y + n.h / 2);
  const len = Math.hypot(vx, vy) || 1;
  const [nx, ny] = DIRS[SIDE_DIR[port.side]];
  const dot = (nx * vx + ny * vy) / len;
  let c = dot > 0.5 ? 0 : dot > -0.5 ? 20 : 80;
  if (isTaskLike(n) && port.side === (out ? 'L' : 'R')) c += 20;
  return c + off;
}

function routeFlows(d) {
  const nodes = [...d.nodes.values()];
  const rectOf = (n) => ({ id: n.id, x1: n.x - MARGIN, y1: n.y - MARGIN, x2: n.x + n.w + MARGIN, y2: n.y + n.h + MARGIN });
  const portsByNode = new Map(nodes.map((n) => [n.id, portsOf(n, d)]));

  // A flow is routed in its context: the process (null) or the expanded
  // subprocess it belongs to. Obstacles are the shapes of that context (an
  // expanded subprocess is one big obstacle from outside); inside a
  // subprocess the flow stays within the box and clear of its title.
  const INSET = 8;
  const ctxRects = new Map();
  for (const n of nodes) {
    const ctx = n.parent || null;
    if (!ctxRects.has(ctx)) ctxRects.set(ctx, []);
    ctxRects.get(ctx).push(rectOf(n));
  }
  const regions = new Map();
  for (const c of nodes.filter((n) => n.expanded)) {
    const t = titleBox(c);
    if (!ctxRects.has(c.id)) ctxRects.set(c.id, []);
    ctxRects.get(c.id).push({ id: c.id + ':title', x1: t.x - 4, y1: t.y - 4, x2: t.x + t.w + 4, y2: t.y + t.h + 4 });
    regions.set(c.id, { x1: c.x + INSET, y1: c.y + INSET, x2: c.x + c.w - INSET, y2: c.y + c.h - INSET });
  }

  // Grid lines: shape edges plus clearance, the middle of every gap (and two
  // more lines beside it in wide gaps, so parallel flows can share a gap),
  // a few lanes outside the drawing, and the port stubs.
  const xsSet = new Set(), ysSet = new Set();
  for (const rs of [...ctxRects.values(), d.lateKeepOut || []]) {
    for (const r of rs) { xsSet.add(r.x1); xsSet.add(r.x2); ysSet.add(r.y1); ysSet.add(r.y2); }
  }
  for (const r of regions.values()) { xsSet.add(r.x1); xsSet.add(r.x2); ysSet.add(r.y1); ysSet.add(r.y2); }
  const addMid = (set) => {
    const v = [...set].sort((a, b) => a - b);
    for (let i = 0; i + 1 < v.length; i++) {
      const gap = v[i + 1] - v[i], mid = (v[i] + v[i + 1]) / 2;
      if (gap >= 2 * MARGIN) set.add(mid);
      if (gap >= 4 * MARGIN) { set.add(mid - 16); set.add(mid + 16); }
    }
    for (let k = 0; k < 4; k++) { set.add(v[0] - 2 * MARGIN - 18 * k); set.add(v[v.length - 1] + 2 * MARGIN + 18 * k); }
  };
  addMid(xsSet); addMid(ysSet);
  for (const ps of portsByNode.values()) for (const p of ps) { xsSet.add(p.sx); ysSet.add(p.sy); }
  // Via points in grid units; a null coordinate repeats the one of the
  // previous point (for the first via: of the source's only port), so
  // [[null, 3.5], [-0.4, null]] means "straight down to row 3.5, then
  // along it to column -0.4".
  const viaOf = (f) => {
    const spec = (d.hints && d.hints[f.id] && d.hints[f.id].via) || [];
    const out = [];
    let last = null;
    for (const [c, r] of spec) {
      if ((c === null || r === null) && !last) {
        const ps = portsByNode.get(f.source);
        if (ps.length !== 1) throw new Error(`via of ${f.id}: null coordinate needs a source with one port`);
        last = { x: ps[0].x, y: ps[0].y };
      }
      last = { x: c === null ? last.x : c * COL_W, y: r === null ? last.y : r * ROW_H };
      out.push(last);
    }
    return out;
  };
  for (const f of d.flows) for (const v of viaOf(f)) { xsSet.add(v.x); ysSet.add(v.y); }
  const xs = [...xsSet].map((v) => Math.round(v * 2) / 2).filter((v, i, a) => a.indexOf(v) === i).sort((a, b) => a - b);
  const ys = [...ysSet].map((v) => Math.round(v * 2) / 2).filter((v, i, a) => a.indexOf(v) === i).sort((a, b) => a - b);
  const NX = xs.length, NY = ys.length;
  const xi = new Map(xs.map((v, i) => [v, i])), yi = new Map(ys.map((v, i) => [v, i]));
  const key = (ix, iy) => ix * NY + iy;
  const snap = (v) => Math.round(v * 2) / 2;

  // Open-interior test per context: can we move from grid node to its
  // neighbour in dir?
  const grids = new Map();
  const gridOf = (ctx, isLate) => {
    const gk = `${ctx}|${isLate}`;
    if (grids.has(gk)) return grids.get(gk);
    const rects = [...(ctxRects.get(ctx) || []), ...(isLate && !ctx ? d.lateKeepOut || [] : [])];
    const region = ctx ? regions.get(ctx) : null;
    const blocked = new Uint8Array(NX * NY * 4);
    const inside = new Uint8Array(NX * NY);
    for (let ix = 0; ix < NX; ix++) {
      for (let iy = 0; iy < NY; iy++) {
        const x = xs[ix], y = ys[iy];
        if (region && (x < region.x1 || x > region.x2 || y < region.y1 || y > region.y2)) inside[key(ix, iy)] = 1;
        for (const r of rects) if (x > r.x1 && x < r.x2 && y > r.y1 && y < r.y2) inside[key(ix, iy)] = 1;
        for (let dir = 0; dir < 4; dir++) {
          const jx = ix + DIRS[dir][0], jy = iy + DIRS[dir][1];
          if (jx < 0 || jy < 0 || jx >= NX || jy >= NY) { blocked[key(ix, iy) * 4 + dir] = 1; continue; }
          const xa = Math.min(x, xs[jx]), xb = Math.max(x, xs[jx]);
          const ya = Math.min(y, ys[jy]), yb = Math.max(y, ys[jy]);
          for (const r of rects) {
            const hit = dir < 2
              ? (y > r.y1 && y < r.y2 && Math.max(xa, r.x1) < Math.min(xb, r.x2))
              : (x > r.x1 && x < r.x2 && Math.max(ya, r.y1) < Math.min(yb, r.y2));
            if (hit) { blocked[key(ix, iy) * 4 + dir] = 1; break; }
          }
        }
      }
    }
    const g = { blocked, inside };
    grids.set(gk, g);
    return g;
  };

  // Keep the default label spot below events and gateways free if possible.
  const reserves = [];
  for (const n of nodes) {
    if (isTaskLike(n) || !n.name || n.host) continue;
    const { w, h } = labelSize(n.name, isGateway(n) ? 110 : 90);
    reserves.push({ id: n.id, x1: n.x + n.w / 2 - w / 2, x2: n.x + n.w / 2 + w / 2, y1: n.y + n.h, y2: n.y + n.h + 4 + h });
  }
  const reserveCost = (f, x1, y1, x2, y2) => {
    let c = 0;
    for (const r of reserves) {
      if (r.id === f.source || r.id === f.target) continue;
      if (Math.max(Math.min(x1, x2), r.x1) <= Math.min(Math.max(x1, x2), r.x2) &&
          Math.max(Math.min(y1, y2), r.y1) <= Math.min(Math.max(y1, y2), r.y2)) c += LABEL_SPOT;
    }
    return c;
  };

  // Occupancy by already routed flows.
  const edgeUse = new Map();   // "k,dir(0=h,1=v)" -> [flow]
  const nodeUse = new Map();   // k -> [{flow, kind: 'h'|'v'|'b'}]
  const portUse = new Map();   // "node,side,off" -> {out, flows}
  const related = (a, b) => a.source === b.source || a.target === b.target;

  const late = (f) => (d.late && d.late.has(f.id) ? 1 : 0);
  const order = [...d.flows].sort((a, b) => late(a) - late(b) || dist(d, a) - dist(d, b));
  for (const f of order) {
    const src = d.nodes.get(f.source), tgt = d.nodes.get(f.target);
    const { blocked, inside } = gridOf(f.parent || null, late(f) === 1);
    const hint = (d.hints && d.hints[f.id]) || {};
    const portCost = (n, p, out) => {
      const want = out ? hint.from : hint.to;
      if (want && p.side !== want) return Infinity;
      const u = portUse.get(`${p.node},${p.side},${p.off}`);
      let c = sidePenalty(n, p, out, out ? tgt : src);
      if (u) {
        if (u.out !== out) return Infinity;
        // Two named flows leaving through one port make their labels ambiguous;
        // the SLA timer flows ($late) are meant to merge.
        c += f.name && u.named ? 60 : late(f) && u.flows.every((id) => d.late.has(id)) ? 0 : 15;
      }
      // Mixing incoming and outgoing on one side of a node is confusing.
      for (const [k, v] of portUse) {
        if (k.startsWith(`${p.node},${p.side},`) && v.out !== out) c += isTaskLike(n) ? 80 : Infinity;
      }
      return c;
    };
    const starts = portsByNode.get(src.id).filter((p) => !inside[key(xi.get(snap(p.sx)), yi.get(snap(p.sy)))]);
    const ends = portsByNode.get(tgt.id).filter((p) => !inside[key(xi.get(snap(p.sx)), yi.get(snap(p.sy)))]);

    // Via points (plan: $flows[id].via) are passed in order: the search runs
    // through stages 0..vias.length, advancing a stage at its via point.
    const vias = viaOf(f).map((v) => {
      const k = key(xi.get(snap(v.x)), yi.get(snap(v.y)));
      if (inside[k]) throw new Error(`via point (${v.x}, ${v.y}) of ${f.id} lies in a shape`);
      return k;
    });
    const S = vias.length + 1;
    const N = NX * NY * 4;
    const cost = new Float64Array(N * S).fill(Infinity);
    const prev = new Int32Array(N * S).fill(-1);
    const heap = new Heap();
    const startPort = new Map();
    for (const p of starts) {
      const c = portCost(src, p, true);
      if (!isFinite(c)) continue;
      const s = key(xi.get(snap(p.sx)), yi.get(snap(p.sy))) * 4 + p.dir;
      if (c < cost[s]) { cost[s] = c; startPort.set(s, p); heap.push(c, s); }
    }
    const endAt = new Map(); // grid key -> [port]
    for (const p of ends) {
      const c = portCost(tgt, p, false);
      if (!isFinite(c)) continue;
      const k = key(xi.get(snap(p.sx)), yi.get(snap(p.sy)));
      if (!endAt.has(k)) endAt.set(k, []);
      endAt.get(k).push({ p, c });
    }

    let best = Infinity, bestState = -1, bestPort = null;
    while (heap.size) {
      const [c, s] = heap.pop();
      if (c > cost[s]) continue;
      if (c >= best) break;
      const stage = Math.floor(s / N), k = (s % N) >> 2, dir = s & 3;
      const ix = Math.floor(k / NY), iy = k % NY;
      if (stage < S - 1 && k === vias[stage]) {
        const ns = s + N;
        if (c < cost[ns]) { cost[ns] = c; prev[ns] = s; heap.push(c, ns); }
        continue;
      }
      const here = stage === S - 1 && endAt.get(k);
      if (here) {
        for (const { p, c: pc } of here) {
          const inward = p.dir ^ 1; // opposite of the port's outward direction
          if (dir === p.dir) continue;
          const total = c + pc + (dir === inward ? 0 : BEND);
          if (total < best) { best = total; bestState = s; bestPort = p; }
        }
      }
      for (let nd = 0; nd < 4; nd++) {
        if (nd === (dir ^ 1)) continue; // no U-turns
        if (blocked[k * 4 + nd]) continue;
        const jx = ix + DIRS[nd][0], jy = iy + DIRS[nd][1];
        const j = key(jx, jy);
        if (inside[j]) continue;
        let nc = c + Math.abs(xs[jx] - xs[ix]) + Math.abs(ys[jy] - ys[iy]) +
          reserveCost(f, xs[ix], ys[iy], xs[jx], ys[jy]);
        if (nd !== dir) {
          nc += BEND;
          for (const u of nodeUse.get(k) || []) if (!related(u.flow, f)) nc += CROSS;
        }
        const horiz = nd < 2;
        const ek = `${horiz ? key(Math.min(ix, jx), iy) : key(ix, Math.min(iy, jy))},${horiz ? 0 : 1}`;
        for (const g of edgeUse.get(ek) || []) nc += related(g, f) ? 0 : OVERLAP;
        for (const u of nodeUse.get(j) || []) {
          if (related(u.flow, f)) continue;
          if (u.kind === 'b' || u.kind !== (horiz ? 'h' : 'v')) nc += CROSS;
        }
        const ns = stage * N + j * 4 + nd;
        if (nc < cost[ns]) { cost[ns] = nc; prev[ns] = s; heap.push(nc, ns); }
      }
    }
    if (bestState < 0) throw new Error(`no route for ${f.id}`);

    // Reconstruct.
    const states = [];
    for (let s = bestState; s >= 0; s = prev[s]) {
      const t = s % N; // drop the stage
      if (!states.length || states[states.length - 1] !== t) states.push(t);
    }
    states.reverse();
    const sp = startPort.get(states[0]);
    if (!sp) throw new Error(`internal: no start port for ${f.id}`);
    const pts = [{ x: sp.x, y: sp.y }];
    for (const s of states) pts.push({ x: xs[Math.floor((s >> 2) / NY)], y: ys[(s >> 2) % NY] });
    pts.push({ x: bestPort.x, y: bestPort.y });

    // Record occupancy.
    for (let i = 1; i < states.length; i++) {
      const a = states[i - 1] >> 2, b = states[i] >> 2, dir = states[i] & 3;
      const horiz = dir < 2;
      const ax = Math.floor(a / NY), ay = a % NY, bx = Math.floor(b / NY), by = b % NY;
      const ek = `${horiz ? key(Math.min(ax, bx), ay) : key(ax, Math.min(ay, by))},${horiz ? 0 : 1}`;
      if (!edgeUse.has(ek)) edgeUse.set(ek, []);
      edgeUse.get(ek).push(f);
      const bendAtA = (states[i - 1] & 3) !== dir;
      for (const [k, kind] of [[a, bendAtA ? 'b' : (horiz ? 'h' : 'v')], [b, horiz ? 'h' : 'v']]) {
        if (!nodeUse.has(k)) nodeUse.set(k, []);
        nodeUse.get(k).push({ flow: f, kind });
      }
    }
    for (const [p, out] of [[sp, true], [bestPort, false]]) {
      const k = `${p.node},${p.side},${p.off}`;
      if (!portUse.has(k)) portUse.set(k, { out, flows: [], named: false });
      portUse.get(k).flows.push(f.id);
      if (f.name) portUse.get(k).named = true;
    }
    f.waypoints = simplify(pts);
  }
}

function dist(d, f) {
  const a = d.nodes.get(f.source), b = d.nodes.get(f.target);
  return Math.abs(a.x + a.w / 2 - b.x - b.w / 2) + Math.abs(a.y + a.h / 2 - b.y - b.h / 2);
}

function simplify(pts) {
  const out = [];
  for (const p of pts) {
    const q = { x: Math.round(p.x), y: Math.round(p.y) };
    const last = out[out.length - 1];
    if (last && last.x === q.x && last.y === q.y) continue;
    if (out.length >= 2) {
      const a = out[out.length - 2];
      if ((a.x === last.x && last.x === q.x) || (a.y === last.y && last.y === q.y)) out.pop();
    }
    out.push(q);
  }
  return out;
}

class Heap {
  constructor() { this.c = []; this.v = []; }
  get size() { return this.c.length; }
  push(c, v) {
    const C = this.c, V = this.v;
    let i = C.length; C.push(c); V.push(v);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (C[p] <= c) break;
      C[i] = C[p]; V[i] = V[p]; i = p;
    }
    C[i] = c; V[i] = v;
  }
  pop() {
    const C = this.c, V = this.v;
    const top = [C[0], V[0]];
    const c = C.pop(), v = V.pop();
    if (C.length) {
      let i = 0;
      for (;;) {
        let l = 2 * i + 1, r = l + 1, m = i, mc = c;
        if (l < C.length && C[l] < mc) { m = l; mc = C[l]; }
        if (r < C.length && C[r] < mc) { m = r; mc = C[r]; }
        if (m === i) break;
        C[i] = C[m]; V[i] = V[m]; i = m;
      }
      C[i] = c; V[i] = v;
    }
    return top;
  }
}

// --- labels -------------------------------------------------------------------

// Helvetica/Arial advance widths (1/1000 em); bpmn-js draws external labels
// in 11px Arial, 1.2 line height.
const W = {
  ' ': 278, '!': 278, '"': 355, '#': 556, '$': 556, '%': 889, '&': 667, "'": 191, '(': 333, ')': 333,
  '*': 389, '+': 584, ',': 278, '-': 333, '.': 278, '/': 278, ':': 278, ';': 278, '<': 584, '=': 584,
  '>': 584, '?': 556, '@': 1015, '[': 278, ']': 278, '_': 556,
  A: 667, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 722, I: 278, J: 500, K: 667, L: 556, M: 833,
  N: 722, O: 778, P: 667, Q: 778, R: 722, S: 667, T: 611, U: 722, V: 667, W: 944, X: 667, Y: 667, Z: 611,
  a: 556, b: 556, c: 500, d: 556, e: 556, f: 278, g: 556, h: 556, i: 222, j: 222, k: 500, l: 222, m: 833,
  n: 556, o: 556, p: 556, q: 556, r: 333, s: 500, t: 278, u: 556, v: 500, w: 722, x: 500, y: 500, z: 500
};
const FONT = 11, LINE = FONT * 1.2;
const textWidth = (s) => [...s].reduce((sum, ch) => sum + (W[ch] || (/\d/.test(ch) ? 556 : 600)), 0) * FONT / 1000;

function labelSize(text, maxWidth) {
  const words = text.split(/\s+/);
  const lines = [];
  let line = '';
  for (const w of words) {
    const t = line ? line + ' ' + w : w;
    if (line && textWidth(t) > maxWidth) { lines.push(line); line = w; } else line = t;
  }
  if (line) lines.push(line);
  const width = Math.ceil(Math.max(...lines.map(textWidth)) * 1.08 + 6);
  return { w: width, h: Math.ceil(lines.length * LINE + 2) };
}

function overlapArea(a, b) {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function placeLabels(d) {
  const obstacles = []; // { x, y, w, h, owner }
  for (const n of d.nodes.values()) {
    if (n.expanded) {
      // Only the frame and the title of an expanded subprocess are in the way.
      const t = titleBox(n);
      obstacles.push({ x: t.x, y: t.y, w: t.w, h: t.h, owner: n.id });
      obstacles.push({ x: n.x - 4, y: n.y - 4, w: n.w + 8, h: 8, owner: n.id });
      obstacles.push({ x: n.x - 4, y: n.y + n.h - 4, w: n.w + 8, h: 8, owner: n.id });
      obstacles.push({ x: n.x - 4, y: n.y - 4, w: 8, h: n.h + 8, owner: n.id });
      obstacles.push({ x: n.x + n.w - 4, y: n.y - 4, w: 8, h: n.h + 8, owner: n.id });
    } else {
      obstacles.push({ x: n.x - 3, y: n.y - 3, w: n.w + 6, h: n.h + 6, owner: n.id });
    }
  }
  const segs = [];
  for (const f of d.flows) {
    for (let i = 1; i < f.waypoints.length; i++) {
      const a = f.waypoints[i - 1], b = f.waypoints[i];
      segs.push({ f, a, b });
      obstacles.push({
        x: Math.min(a.x, b.x) - 3, y: Math.min(a.y, b.y) - 3,
        w: Math.abs(a.x - b.x) + 6, h: Math.abs(a.y - b.y) + 6, owner: f.id
      });
    }
  }
  // The part of a segment that another flow runs along too (a split or a
  // merge) is no place for a label: it would be read as belonging to both.
  const sharedParts = (f, a, b) => {
    const parts = [];
    for (const s of segs) {
      if (s.f === f) continue;
      if (a.y === b.y && s.a.y === s.b.y && s.a.y === a.y) {
        const lo = Math.max(Math.min(a.x, b.x), Math.min(s.a.x, s.b.x));
        const hi = Math.min(Math.max(a.x, b.x), Math.max(s.a.x, s.b.x));
        if (hi - lo > 1) parts.push([lo, hi]);
      } else if (a.x === b.x && s.a.x === s.b.x && s.a.x === a.x) {
        const lo = Math.max(Math.min(a.y, b.y), Math.min(s.a.y, s.b.y));
        const hi = Math.min(Math.max(a.y, b.y), Math.max(s.a.y, s.b.y));
        if (hi - lo > 1) parts.push([lo, hi]);
      }
    }
    return parts;
  };
  const onShared = (parts, lo, hi) => parts.some(([a, b]) => Math.min(b, hi) - Math.max(a, lo) > 0);

  const score = (box) => {
    let s = 0;
    for (const o of obstacles) {
      if (o.owner === box.id && d.nodes.has(box.id)) continue; // a node's own shape: candidates sit outside it
      const a = overlapArea(box, o);
      if (a > 0) s += 1000 + a;
    }
    return s;
  };
  const choose = (cands) => {
    let best = null;
    for (const c of cands) {
      const s = score(c) + c.pref;
      if (!best || s < best.s) best = { ...c, s };
    }
    obstacles.push({ x: best.x - 2, y: best.y - 2, w: best.w + 4, h: best.h + 4, owner: 'label:' + best.id });
    if (best.s >= 1000) console.warn(`WARNING: label of ${best.id} overlaps something`);
    return { x: Math.round(best.x), y: Math.round(best.y), width: best.w, height: best.h };
  };

  // Events and gateways first: they have few good spots.
  for (const n of d.nodes.values()) {
    if (isTaskLike(n) || !n.name) continue;
    const { w, h } = labelSize(n.name, isGateway(n) ? 110 : 90);
    const cx = n.x + n.w / 2, cy = n.y + n.h / 2, g = 4;
    let c = [
      [cx - w / 2, n.y + n.h + g, 0],
      [cx - w / 2, n.y - g - h, 3],
      [n.x + n.w - 4, n.y + n.h + 1, 6],
      [n.x + n.w - 4, n.y - h - 1, 7],
      [n.x - w + 4, n.y + n.h + 1, 8],
      [n.x - w + 4, n.y - h - 1, 9],
      [n.x + n.w + g, cy - h / 2, 10],
      [n.x - g - w, cy - h / 2, 11],
      [n.x + n.w + g, n.y - h - g, 14],
      [n.x - g - w, n.y - h - g, 15],
      [n.x + n.w + g, n.y + n.h + g, 16],
      [n.x - g - w, n.y + n.h + g, 17]
    ];
    if (n.host) {
      // A boundary event's label goes on the outside of its host.
      const host = d.nodes.get(n.host);
      const below = cy > host.y + host.h / 2;
      c = c.filter(([, y]) => (below ? y >= n.y + n.h / 2 - h / 2 : y + h <= n.y + n.h / 2 + h / 2));
    }
    n.label = choose(c.map(([x, y, pref]) => ({ id: n.id, x, y, w, h, pref })));
  }

  // Then sequence flows: near the source (the gateway's condition reads there).
  for (const f of d.flows) {
    if (!f.name) continue;
    const { w, h } = labelSize(f.name, 110);
    const cands = [];
    const wp = f.waypoints;
    for (let i = 1; i < wp.length; i++) {
      const a = wp[i - 1], b = wp[i];
      const segPref = (i - 1) * 12;
      const parts = sharedParts(f, a, b);
      if (a.y === b.y) {
        const len = Math.abs(b.x - a.x), right = b.x > a.x;
        const xsCand = [];
        if (len >= w + 12) {
          xsCand.push([right ? a.x + 8 : a.x - 8 - w, 0]);
          xsCand.push([(a.x + b.x) / 2 - w / 2, 4]);
          xsCand.push([right ? b.x - 14 - w : b.x + 14, 8]);
        } else {
          xsCand.push([(a.x + b.x) / 2 - w / 2, 6]);
        }
        for (const [x, p] of xsCand) {
          const sh = onShared(parts, x, x + w) ? 400 : 0;
          cands.push({ id: f.id, x, y: a.y - 3 - h, w, h, pref: segPref + p + sh });
          cands.push({ id: f.id, x, y: a.y + 3, w, h, pref: segPref + p + 2 + sh });
        }
      } else {
        const len = Math.abs(b.y - a.y), down = b.y > a.y;
        const ysCand = [];
        if (len >= h + 12) {
          ysCand.push([down ? a.y + 8 : a.y - 8 - h, 0]);
          ysCand.push([(a.y + b.y) / 2 - h / 2, 4]);
          ysCand.push([down ? b.y - 14 - h : b.y + 14, 8]);
        } else {
          ysCand.push([(a.y + b.y) / 2 - h / 2, 6]);
        }
        for (const [y, p] of ysCand) {
          const sh = onShared(parts, y, y + h) ? 400 : 0;
          cands.push({ id: f.id, x: a.x + 5, y, w, h, pref: segPref + p + sh });
          cands.push({ id: f.id, x: a.x - 5 - w, y, w, h, pref: segPref + p + 2 + sh });
        }
      }
    }
    f.label = choose(cands);
  }
}

// Id of the subprocess an element is directly part of, or null.
function subProcessOf(el) {
  const p = el.$parent;
  return p && p.$type === 'bpmn:SubProcess' ? p.id : null;
}

function isGateway(n) {
  return /Gateway$/.test(n.type);
}

// Shift everything so the drawing starts near (0, 0) with a small border.
function normalize(d) {
  let minX = Infinity, minY = Infinity;
  const boxes = [...d.nodes.values()].flatMap((n) => [n, n.label && { x: n.label.x, y: n.label.y }].filter(Boolean));
  for (const f of d.flows) boxes.push(...f.waypoints, ...(f.label ? [f.label] : []));
  for (const b of boxes) { minX = Math.min(minX, b.x); minY = Math.min(minY, b.y); }
  const dx = Math.round(40 - minX), dy = Math.round(40 - minY);
  for (const n of d.nodes.values()) {
    n.x += dx; n.y += dy;
    if (n.label) { n.label.x += dx; n.label.y += dy; }
  }
  for (const f of d.flows) {
    for (const p of f.waypoints) { p.x += dx; p.y += dy; }
    if (f.label) { f.label.x += dx; f.label.y += dy; }
  }
}

// --- output -------------------------------------------------------------------

function serialize(d, p) {
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const r = Math.round;
  const bounds = (b, ind) => `${ind}<${p.dc}:Bounds x="${r(b.x)}" y="${r(b.y)}" width="${r(b.width)}" height="${r(b.height)}" />`;
  const label = (l, ind) => l
    ? `${ind}<${p.bpmndi}:BPMNLabel>\n${bounds(l, ind + '  ')}\n${ind}</${p.bpmndi}:BPMNLabel>\n`
    : '';
  const ind = '      ';
  let out = `  <${p.bpmndi}:BPMNDiagram id="${esc(d.diagram.id)}">\n` +
    `    <${p.bpmndi}:BPMNPlane id="${esc(d.plane.id)}" bpmnElement="${esc(d.processEl.id)}">\n`;
  for (const n of d.nodes.values()) {
    const marker = (isGateway(n) && n.type === 'bpmn:ExclusiveGateway' ? ' isMarkerVisible="true"' : '') +
      (n.expanded ? ' isExpanded="true"' : '');
    out += `${ind}<${p.bpmndi}:BPMNShape id="${esc(n.di.id)}" bpmnElement="${esc(n.id)}"${marker}>\n` +
      bounds({ x: n.x, y: n.y, width: n.w, height: n.h }, ind + '  ') + '\n' +
      label(n.label, ind + '  ') +
      `${ind}</${p.bpmndi}:BPMNShape>\n`;
  }
  for (const f of d.flows) {
    out += `${ind}<${p.bpmndi}:BPMNEdge id="${esc(f.di.id)}" bpmnElement="${esc(f.id)}">\n` +
      f.waypoints.map((w) => `${ind}  <${p.di}:waypoint x="${r(w.x)}" y="${r(w.y)}" />\n`).join('') +
      label(f.label, ind + '  ') +
      `${ind}</${p.bpmndi}:BPMNEdge>\n`;
  }
  out += `    </${p.bpmndi}:BPMNPlane>\n  </${p.bpmndi}:BPMNDiagram>`;
  return out;
}

// ===========================================================================
// Main
// ===========================================================================

async function main() {
  // ---------------------------------------------------------------------------
  // Read, strip the old diagram, run bpmn-auto-layout.
  // ---------------------------------------------------------------------------
  const original = fs.readFileSync(file, 'utf8');
  const semantic = original.replace(/\s*<bpmndi:BPMNDiagram\b[\s\S]*?<\/bpmndi:BPMNDiagram>/g, '');

  const MARKERS = [
    'camunda:candidateGroups', 'camunda:formRef', 'camunda:delegateExpression',
    'camunda:taskListener', 'camunda:decisionRef', 'camunda:historyTimeToLive',
    'xmlns:camunda', 'camunda:', '<!--'
  ];
  const count = (text, s) => text.split(s).length - 1;

  const autoXml = await layoutProcess(semantic);
  const lostByAuto = MARKERS.filter((m) => count(autoXml, m) !== count(semantic, m));
  if (lostByAuto.length) {
    console.log(`bpmn-auto-layout's export changes ${lostByAuto.join(', ')}: ` +
      'keeping the original semantic XML and splicing in the diagram only.');
  }

  const moddle = new BpmnModdle();
  const { rootElement: autoDefs } = await moddle.fromXML(autoXml);

  // ---------------------------------------------------------------------------
  // Geometry model.
  // ---------------------------------------------------------------------------
  const diagrams = [];
  for (const diagram of autoDefs.diagrams) {
    const plane = diagram.plane;
    const processEl = plane.bpmnElement;
    const nodes = new Map();
    const flows = [];
    for (const di of plane.planeElement) {
      const el = di.bpmnElement;
      if (di.$type === 'bpmndi:BPMNShape') {
        const b = di.bounds;
        nodes.set(el.id, {
          id: el.id, el, di, type: el.$type, name: el.name,
          x: b.x, y: b.y, w: b.width, h: b.height,
          host: el.attachedToRef ? el.attachedToRef.id : null,
          parent: subProcessOf(el)
        });
      } else if (di.$type === 'bpmndi:BPMNEdge') {
        flows.push({
          id: el.id, el, di, name: el.name, source: el.sourceRef.id, target: el.targetRef.id, parent: subProcessOf(el)
        });
      }
    }
    diagrams.push({ diagram, plane, processEl, nodes, flows });
  }

  for (const d of diagrams) {
    const plan = usePlan ? PLANS[d.processEl.id] : null;
    if (plan) {
      const missing = [...d.nodes.keys()].filter((id) => !(id in plan));
      if (missing.length) {
        console.warn(`WARNING: layout plan for '${d.processEl.id}' lacks ${missing.join(', ')}; ` +
          'using bpmn-auto-layout positions. Add them to PLANS in layout.mjs.');
      } else {
        applyPlan(d, plan);
      }
    }
    routeFlows(d);
    placeLabels(d);
    normalize(d);
  }

  // ---------------------------------------------------------------------------
  // Write: splice the diagram into the original text.
  // ---------------------------------------------------------------------------
  const rootTag = semantic.match(/<([\w.-]+:)?definitions\b[^>]*>/);
  let head = semantic;
  const ns = {
    bpmndi: 'http://www.omg.org/spec/BPMN/20100524/DI',
    dc: 'http://www.omg.org/spec/DD/20100524/DC',
    di: 'http://www.omg.org/spec/DD/20100524/DI'
  };
  const prefix = {};
  for (const [key, uri] of Object.entries(ns)) {
    const m = rootTag[0].match(new RegExp(`xmlns:([\\w.-]+)="${uri.replace(/[./]/g, '\\$&')}"`));
    prefix[key] = m ? m[1] : key;
    if (!m) {
      head = head.replace(rootTag[0], rootTag[0].replace(/\s*(\/?)>$/, ` xmlns:${key}="${uri}"$1>`));
    }
  }

  const closeRe = /(\s*)<\/([\w.-]+:)?definitions>\s*$/;
  const closeMatch = head.match(closeRe);
  if (!closeMatch) throw new Error('cannot find </definitions> at the end of ' + file);
  const diXml = diagrams.map((d) => serialize(d, prefix)).join('\n');
  const result = head.slice(0, closeMatch.index) + '\n\n' + diXml + '\n' +
    head.slice(closeMatch.index).trim() + (original.endsWith('\n') ? '\n' : '');

  // Safety checks before writing.
  const resultSemantic = result.replace(/\s*<bpmndi:BPMNDiagram\b[\s\S]*?<\/bpmndi:BPMNDiagram>/g, '');
  const norm = (s) => s.replace(/\s+/g, '');
  for (const m of MARKERS) {
    if (count(result, m) !== count(semantic, m)) {
      throw new Error(`'${m}' count changed: ${count(semantic, m)} -> ${count(result, m)}`);
    }
  }
  if (norm(resultSemantic) !== norm(head)) throw new Error('semantic XML changed, not writing');
  // Re-parse the result to be sure it is a valid BPMN document.
  const { warnings } = await new BpmnModdle().fromXML(result);
  if (warnings.length) throw new Error('result does not parse cleanly: ' + warnings.map((w) => w.message).join('; '));

  fs.writeFileSync(file, result);
  for (const d of diagrams) {
    console.log(`${file}: process '${d.processEl.id}': ${d.nodes.size} shapes, ${d.flows.length} edges` +
      (d.planned ? ' (grid plan)' : ' (bpmn-auto-layout positions)'));
  }
}

await main();
