// The tray's few labels in the app's two languages (the renderer holds the full i18n tables).
import type { UiLanguage } from '../locale';

export interface TrayStrings {
  openDashboard: string;
  showWidget: string;
  hideWidget: string;
  pause: string;
  resume: string;
  refreshAll: string;
  checkForUpdates: string;
  quit: string;
  tooltipEmpty: string;
  tooltipPaused: string;
  /** One-line summary: {total} accounts, {active} active, {errors} with errors. */
  tooltip: (total: number, active: number, errors: number) => string;
}

export const TRAY_STRINGS: Record<UiLanguage, TrayStrings> = {
  en: {
    openDashboard: 'Open dashboard',
    showWidget: 'Show widget',
    hideWidget: 'Hide widget',
    pause: 'Pause monitoring',
    resume: 'Resume monitoring',
    refreshAll: 'Refresh all',
    checkForUpdates: 'Check for updates…',
    quit: 'Quit CPMS',
    tooltipEmpty: 'CPMS — no accounts yet',
    tooltipPaused: 'CPMS — monitoring paused',
    tooltip: (total, active, errors) =>
      `CPMS — ${total} ${total === 1 ? 'account' : 'accounts'}, ${active} active, ${errors} with errors`,
  },
  'zh-CN': {
    openDashboard: '打开仪表盘',
    showWidget: '显示小组件',
    hideWidget: '隐藏小组件',
    pause: '暂停监控',
    resume: '恢复监控',
    refreshAll: '全部刷新',
    checkForUpdates: '检查更新…',
    quit: '退出 CPMS',
    tooltipEmpty: 'CPMS — 尚未添加账户',
    tooltipPaused: 'CPMS — 监控已暂停',
    tooltip: (total, active, errors) => `CPMS — ${total} 个账户，${active} 个使用中，${errors} 个异常`,
  },
};
