/** The client's policy for a crashed language server: bounded restarts, one message. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RestartPolicy } from '../../client/src/restartPolicy';

const MINUTE = 60_000;

test('restarts four times in three minutes, then gives up with one message', () => {
  const policy = new RestartPolicy();
  const decisions = [0, 1, 2, 3, 4].map((s) => policy.crashed(s * 1000));
  assert.deepEqual(
    decisions.map((d) => d.restart),
    [true, true, true, true, false],
  );
  // The first crash is told once; the three restarts after it are quiet; giving up is told.
  assert.match(decisions[0].message ?? '', /stopped unexpectedly and was restarted/);
  assert.deepEqual(
    decisions.slice(1, 4).map((d) => d.message),
    [null, null, null],
  );
  assert.match(decisions[4].message ?? '', /stopped 5 times in 3 minutes and will not be started again/);
});

test('crashes spread over more than the window keep being restarted, told only once', () => {
  const policy = new RestartPolicy();
  const decisions = Array.from({ length: 20 }, (_, i) => policy.crashed(i * MINUTE));
  assert.ok(decisions.every((d) => d.restart));
  assert.equal(decisions.filter((d) => d.message !== null).length, 1);
});

test('only crashes within the window count: a burst after a quiet spell is restarted', () => {
  const policy = new RestartPolicy(4, 3 * MINUTE);
  for (let i = 0; i < 4; i++) assert.equal(policy.crashed(i * 1000).restart, true);
  // Ten minutes later the old crashes are forgotten.
  for (let i = 0; i < 4; i++) assert.equal(policy.crashed(10 * MINUTE + i * 1000).restart, true);
  assert.equal(policy.crashed(10 * MINUTE + 5000).restart, false);
});

test('a restart by hand forgets the crashes', () => {
  const policy = new RestartPolicy(2, 3 * MINUTE);
  policy.crashed(0);
  policy.crashed(1);
  policy.reset();
  assert.equal(policy.crashed(2).restart, true);
  assert.equal(policy.crashed(3).restart, true);
  assert.equal(policy.crashed(4).restart, false);
});
