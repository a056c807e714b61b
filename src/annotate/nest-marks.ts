/**
 * Marks into a tree markup can be written from. A mark inside another nests in it; marks at
 * the same span nest by kind (a target's clause outside, an agency inside); a mark that crosses
 * the end of one begun before it is split there, each piece nesting where it falls, with a
 * diagnostic (eyecite instead trims the later annotation to what the earlier leaves free; a
 * split loses nothing). A mark with an empty span, or one outside the text, is left out with a
 * diagnostic. The tree's text runs, read in order, are the text itself.
 */
import type { Diagnostic } from '../model/schema.js';
import { byPosition, type Mark } from './marks.js';

/** One piece of a mark in the tree: the whole mark, or one part of a split one. */
export interface MarkNode {
  mark: Mark;
  /** the mark's number in reading order, shared by the pieces of a split mark */
  id: number;
  start: number;
  end: number;
  /** 1-based piece number and the mark's piece count; 1 of 1 when it is whole */
  part: number;
  parts: number;
  children: MarkNode[];
}

/** The marks laid out over the text: the top-level pieces, and what could not be marked as given. */
export interface MarkLayout {
  roots: MarkNode[];
  diagnostics: Diagnostic[];
}

interface Piece {
  mark: Mark;
  id: number;
  start: number;
  end: number;
}

export function layoutMarks(textLength: number, marks: readonly Mark[]): MarkLayout {
  const diagnostics: Diagnostic[] = [];
  const usable = marks.filter((mark) => {
    const [start, end] = mark.span;
    if (start < 0 || end > textLength || start > end) diagnostics.push(outside(mark, textLength));
    else if (start === end) diagnostics.push(empty(mark));
    else return true;
    return false;
  });
  const queue: Piece[] = [...usable]
    .sort(byPosition)
    .map((mark, id) => ({ mark, id, start: mark.span[0], end: mark.span[1] }));
  const roots: MarkNode[] = [];
  const open: MarkNode[] = [];
  const pieces = new Map<number, MarkNode[]>();
  for (let next = 0; next < queue.length; next++) {
    let piece = queue[next]!;
    while (open.length > 0 && open.at(-1)!.end <= piece.start) open.pop();
    const parent = open.at(-1);
    if (parent && piece.end > parent.end) {
      // it crosses the end of the mark it begins in: the rest is a piece of its own, placed later
      diagnostics.push(crossing(piece.mark, parent.mark));
      insertSorted(queue, next + 1, { ...piece, start: parent.end });
      piece = { ...piece, end: parent.end };
    }
    const node: MarkNode = {
      mark: piece.mark,
      id: piece.id,
      start: piece.start,
      end: piece.end,
      part: 1,
      parts: 1,
      children: [],
    };
    (parent ? parent.children : roots).push(node);
    open.push(node);
    pieces.set(piece.id, [...(pieces.get(piece.id) ?? []), node]);
  }
  for (const nodes of pieces.values())
    nodes.forEach((node, i) => Object.assign(node, { part: i + 1, parts: nodes.length }));
  return { roots, diagnostics };
}

/** A split mark's rest goes back among the pieces still to place (from `from` on), in reading order. */
function insertSorted(queue: Piece[], from: number, piece: Piece): void {
  let at = from;
  while (
    at < queue.length &&
    (queue[at]!.start < piece.start || (queue[at]!.start === piece.start && queue[at]!.end >= piece.end))
  )
    at++;
  queue.splice(at, 0, piece);
}

const what = (mark: Mark) => `${mark.kind} [${mark.span[0]}, ${mark.span[1]})`;

function crossing(mark: Mark, other: Mark): Diagnostic {
  return {
    code: 'annotate/split',
    severity: 'warning',
    message: `The ${what(mark)} crosses the end of the ${what(other)}: it is marked in pieces.`,
    span: mark.span,
  };
}

function empty(mark: Mark): Diagnostic {
  return {
    code: 'annotate/empty-span',
    severity: 'info',
    message: `The ${what(mark)} covers no text: it is not marked.`,
    span: null,
  };
}

function outside(mark: Mark, textLength: number): Diagnostic {
  return {
    code: 'annotate/span-outside',
    severity: 'error',
    message: `The ${what(mark)} lies outside the text (${textLength} code units): it is not marked.`,
    span: null,
  };
}
