// A modal on the native <dialog>: the browser traps focus, closes on Escape and restores focus.
import { useLayoutEffect, useRef } from 'react';
import type { ReactNode, SyntheticEvent } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { Icon } from './Icon';

interface ModalProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  onSubmit?: () => void;
  width?: 'sm' | 'md' | 'lg';
  tone?: 'normal' | 'danger';
}

/** A titled modal dialog; with `onSubmit` its body is a form that Enter submits. */
export function Modal({
  title,
  onClose,
  children,
  footer,
  onSubmit,
  width = 'md',
  tone = 'normal',
}: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const { t } = useI18n();
  // A layout effect, so the cleanup closes the dialog while it is still in the document: only then
  // does the browser hand focus back to the control that opened it. A passive cleanup ran after
  // React had removed the node, and keyboard focus fell back to the top of the page.
  useLayoutEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost && opener?.isConnected) opener.focus();
    };
  }, []);
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    onSubmit?.();
  };
  return (
    <dialog
      ref={ref}
      className={`modal modal-${width} modal-${tone}`}
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form className="modal-form" onSubmit={submit} noValidate>
        <header className="modal-header">
          <h2 className="modal-title">{title}</h2>
          <button type="button" className="icon-btn" aria-label={t('common.close')} onClick={onClose}>
            <Icon name="close" />
          </button>
        </header>
        <div className="modal-body">{children}</div>
        {footer ? <footer className="modal-footer">{footer}</footer> : null}
      </form>
    </dialog>
  );
}
