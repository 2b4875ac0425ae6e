// What a new user sees: a short explanation and one obvious button.
import { useI18n } from '../../i18n/I18nContext';
import { Icon } from '../../shared/ui/Icon';
import { useAppDispatch } from '../store';
import { dialogOpened } from '../ui/ui-slice';
import './states.css';

/** The empty dashboard, leading to the add-account dialog. */
export function EmptyState() {
  const { t } = useI18n();
  const dispatch = useAppDispatch();
  return (
    <section className="empty" aria-labelledby="empty-title">
      <div className="empty-art" aria-hidden="true">
        <span className="empty-bar b1" />
        <span className="empty-bar b2" />
        <span className="empty-bar b3" />
      </div>
      <h2 id="empty-title" className="empty-title">
        {t('empty.title')}
      </h2>
      <p className="empty-body">{t('empty.body')}</p>
      <button
        type="button"
        className="btn btn-primary btn-lg"
        onClick={() => dispatch(dialogOpened({ kind: 'add' }))}
      >
        <Icon name="plus" />
        {t('empty.add')}
      </button>
    </section>
  );
}
