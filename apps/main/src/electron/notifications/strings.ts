// Notification titles and bodies in the app's two languages. The renderer has the full i18n; the
// host only needs one sentence per alert kind and per update outcome.
import type { AlertDto } from '@contract';
import type { UiLanguage } from '../locale';
import type { UpdateOutcome } from '../updater/updater';

interface Text {
  title: string;
  /** The sentence, given the account's label when the alert is about one account. */
  body: (label: string | null) => string;
}

const about = (en: string) => (label: string | null) => (label ? `${label} ${en}` : `An account ${en}`);
const aboutZh = (zh: string) => (label: string | null) => `${label ?? '某个账户'}${zh}`;

export const ALERT_STRINGS: Record<UiLanguage, Record<AlertDto['kind'], Text>> = {
  en: {
    threshold: { title: 'Usage alert', body: about('has crossed its usage alert level.') },
    runs_out: { title: 'Quota may run out', body: about('is predicted to run out before its reset.') },
    error: { title: 'Account error', body: about('could not be checked. Open the dashboard for details.') },
    recovered: { title: 'Account recovered', body: about('is being checked normally again.') },
    low_balance: { title: 'Low balance', body: about('is running low on balance.') },
    notice: { title: 'CPMS', body: () => 'There is a new notice. Open the dashboard for details.' },
  },
  'zh-CN': {
    threshold: { title: '用量提醒', body: aboutZh('已超过用量提醒阈值。') },
    runs_out: { title: '额度可能耗尽', body: aboutZh('预计会在重置前用完。') },
    error: { title: '账户异常', body: aboutZh('无法查询，请打开仪表盘查看详情。') },
    recovered: { title: '账户已恢复', body: aboutZh('已恢复正常查询。') },
    low_balance: { title: '余额不足', body: aboutZh('的余额即将不足。') },
    notice: { title: 'CPMS', body: () => '有新的通知，请打开仪表盘查看。' },
  },
};

export const UPDATE_STRINGS: Record<UiLanguage, Record<UpdateOutcome, { title: string; body: string }>> = {
  en: {
    'up-to-date': { title: 'CPMS is up to date', body: `You have the latest version.` },
    downloading: { title: 'Update found', body: 'It is downloading and will install when you quit CPMS.' },
    error: { title: 'Update check failed', body: 'The release server could not be reached. See the log.' },
    unsupported: { title: 'Updates', body: 'Update checks work in installed builds only.' },
  },
  'zh-CN': {
    'up-to-date': { title: 'CPMS 已是最新版本', body: '当前已是最新版本。' },
    downloading: { title: '发现新版本', body: '正在下载，将在退出 CPMS 时安装。' },
    error: { title: '检查更新失败', body: '无法连接发布服务器，详情见日志。' },
    unsupported: { title: '更新', body: '仅安装版支持检查更新。' },
  },
};
