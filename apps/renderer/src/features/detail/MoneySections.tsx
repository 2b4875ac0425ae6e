// Wallets (balance, its parts, spending and runway) and prepaid resource packages.
import type { ResourcePackage, Wallet, WalletRate, WalletRunway } from '@contract';
import { formatMoney } from '../../i18n/format-number';
import { formatDate } from '../../i18n/format-time';
import { useI18n } from '../../i18n/I18nContext';
import { Meter } from '../../shared/ui/Meter';
import { Section } from '../../shared/ui/Section';
import { amountText } from '../format/text';
import { runwayText } from '../format/prediction';

function WalletCard({ wallet, rate, runway }: { wallet: Wallet; rate?: WalletRate; runway?: WalletRunway }) {
  const tr = useI18n();
  const { t } = tr;
  const money = (v: number) => formatMoney(tr.lang, v, wallet.currency);
  const parts: [string, number | null][] = [
    [t('detail.granted'), wallet.granted],
    [t('detail.paid'), wallet.paid],
    [t('detail.frozen'), wallet.frozen],
    [t('detail.spent'), wallet.spent],
  ];
  const perHour = rate?.perMinute != null ? rate.perMinute * 60 : null;
  return (
    <article className="wallet-card" aria-label={`${t('detail.available')} ${wallet.currency}`}>
      <div className="wallet-main">
        <span className="wallet-label">
          {t('detail.available')} · {wallet.currency}
        </span>
        <span className={`wallet-amount${wallet.usable === false ? ' is-unusable' : ''}`}>
          {wallet.available === null ? '—' : money(wallet.available)}
        </span>
        {wallet.usable === false ? <span className="badge badge-error">{t('row.unusable')}</span> : null}
      </div>
      <dl className="facts">
        {parts
          .filter(([, v]) => v !== null)
          .map(([label, v]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{money(v ?? 0)}</dd>
            </div>
          ))}
        {perHour !== null && perHour > 0 ? (
          <div>
            <dt>{t('detail.spending')}</dt>
            <dd className={`rate rate-${rate?.level ?? 'none'}`}>
              {t('rate.moneyPerHour', { value: formatMoney(tr.lang, perHour, wallet.currency, true) })}
            </dd>
          </div>
        ) : null}
        {rate?.perDay24h != null && rate.perDay24h > 0 ? (
          <div>
            <dt>{t('detail.avg24h')}</dt>
            <dd>{t('rate.moneyPerDay', { value: money(rate.perDay24h) })}</dd>
          </div>
        ) : null}
      </dl>
      {runway ? <p className="prediction-meta">{runwayText(tr, runway)}</p> : null}
    </article>
  );
}

/** The wallets section. */
export function WalletsSection({
  wallets,
  rates,
  runways,
}: {
  wallets: Wallet[];
  rates: WalletRate[];
  runways: WalletRunway[];
}) {
  const { t } = useI18n();
  if (!wallets.length) return null;
  return (
    <Section id="detail-wallets" title={t('detail.wallets')} look="detail">
      <div className="cards">
        {wallets.map((w) => (
          <WalletCard
            key={w.currency}
            wallet={w}
            rate={rates.find((r) => r.currency === w.currency)}
            runway={runways.find((r) => r.currency === w.currency)}
          />
        ))}
      </div>
    </Section>
  );
}

/** The resource packages section. */
export function PackagesSection({ packages }: { packages: ResourcePackage[] }) {
  const tr = useI18n();
  const { t } = tr;
  if (!packages.length) return null;
  return (
    <Section id="detail-packages" title={t('detail.packages')} look="detail">
      <ul className="package-list">
        {packages.map((p, i) => {
          const usedPct = p.total && p.remaining !== null ? (1 - p.remaining / p.total) * 100 : null;
          return (
            <li key={`${p.name}-${i}`} className="package">
              <div className="package-head">
                <span className="package-name">{p.name}</span>
                {p.model ? <span className="muted">{p.model}</span> : null}
              </div>
              {usedPct !== null ? (
                <Meter
                  usedPercent={usedPct}
                  display="left"
                  level="ok"
                  label={p.name}
                  valueText={amountText(tr, p.remaining ?? 0, p.unit)}
                />
              ) : null}
              <div className="package-foot">
                <span>
                  {p.remaining !== null ? amountText(tr, p.remaining, p.unit) : '—'}
                  {p.total !== null ? ` / ${amountText(tr, p.total, p.unit)}` : ''}
                </span>
                <span className="muted">
                  {p.expiresAt !== null
                    ? t('detail.expires', { date: formatDate(tr.lang, p.expiresAt) })
                    : t('detail.noExpiry')}
                </span>
              </div>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
