import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Section } from '../../../../../apps/renderer/src/shared/ui/Section';

describe('Section', () => {
  it('is labelled by its own heading, in the detail panel look', () => {
    const html = renderToStaticMarkup(
      <Section id="detail-wallets" title="Wallets" look="detail">
        <p>body</p>
      </Section>,
    );
    expect(html).toBe(
      '<section class="detail-section" aria-labelledby="detail-wallets">' +
        '<h3 id="detail-wallets" class="section-title">Wallets</h3><p>body</p></section>',
    );
  });

  it('uses the group classes in the settings look', () => {
    const html = renderToStaticMarkup(
      <Section id="set-data" title="Data" look="settings">
        <p>row</p>
      </Section>,
    );
    expect(html).toBe(
      '<section class="group" aria-labelledby="set-data">' +
        '<h3 id="set-data" class="group-title">Data</h3><p>row</p></section>',
    );
  });
});
