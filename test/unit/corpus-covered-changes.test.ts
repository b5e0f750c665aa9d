import { strict as assert } from 'node:assert';
import { CoveredChanges } from '../../src/core/corpus/covered-changes';

describe('changes a reload already covered', () => {
  let clock = 0;
  const covered = () => new CoveredChanges(5_000, () => clock);

  beforeEach(() => {
    clock = 1_000;
  });

  it('covers the URIs given and, for a folder, everything under it, but nothing beside it', () => {
    const changes = covered();
    changes.cover(['file:///corpus/a.txt', 'file:///corpus/news/']);
    assert.equal(changes.covers('file:///corpus/a.txt'), true);
    assert.equal(changes.covers('file:///corpus/a.txt'), false, 'a file stands for one report');
    assert.equal(changes.covers('file:///corpus/news/b.md'), true);
    assert.equal(changes.covers('file:///corpus/news/c.md'), true, 'a folder covers every file under it');
    assert.equal(changes.covers('file:///corpus/newsroom/c.md'), false);
    assert.equal(changes.covers('file:///corpus/a.txt.bak'), false);
    assert.equal(changes.covers('file:///corpus/b.txt'), false);
  });

  it('forgets after its lifetime, so a later change is never ignored', () => {
    const changes = covered();
    changes.cover(['file:///corpus/a.txt']);
    changes.cover(['file:///corpus/news']);
    clock += 5_000;
    assert.equal(changes.covers('file:///corpus/a.txt'), true);
    assert.equal(changes.covers('file:///corpus/news/b.md'), true);
    clock += 1;
    assert.equal(changes.covers('file:///corpus/news/b.md'), false);
    changes.cover(['file:///corpus/a.txt']);
    assert.equal(changes.covers('file:///corpus/a.txt'), true);
  });
});
