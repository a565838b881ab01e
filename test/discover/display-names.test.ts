/**
 * Names as findings report them (toDisplay): the walk's shortcut for a path below the working
 * directory must give what path.relative gives, on paths written every way.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { toDisplay } from '../../src/discover/discover-files.js';

test('toDisplay is path.relative with / separators, on normalised and unnormalised paths alike', () => {
  const froms = ['/', '/a', '/a/', '/a/b', '/a/b/../c', '/a//b', '/a/./b'];
  const tos = ['/', '/a', '/a/', '/a/b', '/a/b/c', '/a/b/c/', '/a/bc', '/a/b/../c/x', '/a//b/x', '/a/./b/x'];
  const more = ['/a/b/./x', '/a/b/../x', '/a/b//x', '/a/b/.x', '/a/b/..x', '/a/b/x/..', '/ab', '/a/b/c.yaml'];
  for (const from of froms) {
    for (const to of [...tos, ...more]) {
      assert.equal(toDisplay(from, to), path.relative(from, to) || '.', `${from} -> ${to}`);
    }
  }
});
