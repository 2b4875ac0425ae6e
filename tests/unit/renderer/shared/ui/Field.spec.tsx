import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Field } from '../../../../../apps/renderer/src/shared/ui/Field';

describe('Field', () => {
  it('ties the label to the control by id and keeps the stacked field layout', () => {
    const html = renderToStaticMarkup(
      <Field id="f-name" label="Name">
        <input id="f-name" />
      </Field>,
    );
    expect(html).toBe(
      '<div class="field"><label for="f-name" class="field-label">Name</label><input id="f-name"/></div>',
    );
  });

  it('adds extra classes beside `field` and puts the message after the control', () => {
    const html = renderToStaticMarkup(
      <Field
        id="f-region"
        label="Region"
        className="field-narrow"
        message={<p className="field-msg">Hint</p>}
      >
        <select id="f-region" />
      </Field>,
    );
    expect(html).toBe(
      '<div class="field field-narrow"><label for="f-region" class="field-label">Region</label>' +
        '<select id="f-region"></select><p class="field-msg">Hint</p></div>',
    );
  });

  it('renders nothing for an absent message', () => {
    const html = renderToStaticMarkup(
      <Field id="f" label="L" message={null}>
        <input id="f" />
      </Field>,
    );
    expect(html).not.toContain('<p');
  });
});
