import { describe, expect, it } from 'vitest';
import { analyzeBlocks } from '../../../src/lib/annotate/analyze';
import { postSignature } from '../../../src/lib/annotate/embedded-posts';
import { gazetteer, matcher } from './helpers';

function statementsOf(blocks: string[]) {
  return analyzeBlocks(blocks.map((text) => ({ text, fixed: [] })), { published: '2024-12-09', gazetteer, matcher }).flatMap((analysis, block) =>
    analysis.statements.map((statement) => ({ block, speaker: statement.speaker, kind: statement.kind, date: statement.date?.value ?? null, text: blocks[block]!.slice(statement.start, statement.end) })),
  );
}

describe('postSignature(text, from)', () => {
  it('reads a dash signature with a handle and a bracketed credit, not an ordinary line', () => {
    expect(postSignature('— Kaja Kallas (@kajakallas) December 8, 2024')).toMatchObject({ handle: 'kajakallas' });
    expect(postSignature('(Truth Social, @MariaZakharova, posted on December 7)')).toMatchObject({ handle: 'MariaZakharova' });
    expect(postSignature('Kaja Kallas a réagi sur X.')).toBeUndefined();
  });
});

describe('analyzeBlocks, embedded posts', () => {
  it('gives a quotation alone in its paragraph to who signs it on the next line, dated by the signature', () => {
    expect(statementsOf(['L’OSDH a publié un bilan.', '“The siege of Deraa is over, and the roads are open again.”', '— Kaja Kallas (@kajakallas) December 8, 2024'])).toEqual([
      { block: 1, speaker: 'kaja-kallas', kind: 'direct', date: '2024-12-08', text: '“The siege of Deraa is over, and the roads are open again.”' },
    ]);
  });

  it('reads the signature on the same line, and a handle that spells a name', () => {
    expect(statementsOf(['“Deraa must be protected from any attack.” (X, @MariaZakharova, posted on December 7)'])).toMatchObject([{ speaker: 'maria-zakharova', kind: 'direct' }]);
  });

  it('gives a quotation opening a paragraph to the speaker whose verb ended the paragraph before with a colon', () => {
    expect(statementsOf(['Sur X, Kaja Kallas a réagi dimanche :', '« The people of Deraa deserve peace and dignity. »'])).toMatchObject([{ block: 1, speaker: 'kaja-kallas', kind: 'direct' }]);
  });

  it('leaves a quotation without signature or introduction unattributed', () => {
    expect(statementsOf(['L’OSDH a publié un bilan lundi.', '« Deraa reste calme ce soir. »'])).toEqual([]);
  });
});
