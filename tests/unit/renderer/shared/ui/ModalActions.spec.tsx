import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../../../apps/renderer/src/i18n/I18nContext';
import { ModalActions } from '../../../../../apps/renderer/src/shared/ui/ModalActions';

const noop = () => undefined;

describe('ModalActions', () => {
  it('renders a spacer, Cancel and a primary submit button by default', () => {
    const html = renderToStaticMarkup(
      <ModalActions submitLabel="Clone" submitDisabled={false} onCancel={noop} />,
    );
    expect(html).toBe(
      '<span class="spacer"></span><button type="button" class="btn">Cancel</button>' +
        '<button type="submit" class="btn btn-primary">Clone</button>',
    );
  });

  it('puts leading buttons before the spacer, and disables a danger submit', () => {
    const html = renderToStaticMarkup(
      <ModalActions
        submitLabel="Remove"
        submitDisabled
        tone="danger"
        onCancel={noop}
        leading={<button type="button">Test</button>}
      />,
    );
    expect(html).toBe(
      '<button type="button">Test</button><span class="spacer"></span>' +
        '<button type="button" class="btn">Cancel</button>' +
        '<button type="submit" class="btn btn-danger" disabled="">Remove</button>',
    );
  });

  it('labels Cancel in the active language', () => {
    const html = renderToStaticMarkup(
      <I18nProvider lang="zh-CN">
        <ModalActions submitLabel="x" submitDisabled={false} onCancel={noop} />
      </I18nProvider>,
    );
    expect(html).toContain('<button type="button" class="btn">取消</button>');
  });
});
