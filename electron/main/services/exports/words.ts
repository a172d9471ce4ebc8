/** The words an exported file carries, in the language of the screen it was asked from. */
import type { BookingStatus } from '../../../shared/domain';

export type Language = 'zh-CN' | 'en';

export const BOOKING_COLUMNS = {
  'zh-CN': ['日期', '开始', '结束', '站点', '场地', '活动名称', '服务对象', '单位', '联系人', '人数', '状态', '系列', '备注'],
  en: ['Date', 'Start', 'End', 'Site', 'Space', 'Title', 'Audience', 'Organisation', 'Contact', 'People', 'Status', 'Series', 'Note'],
} as const;

export const COLUMN_WIDTHS = [12, 8, 8, 18, 18, 28, 14, 22, 12, 8, 10, 8, 30];

export const STATUS_WORDS: Record<Language, Record<BookingStatus, string>> = {
  'zh-CN': { requested: '待审批', confirmed: '已确认', cancelled: '已取消', checked_in: '已签到', no_show: '未到场' },
  en: { requested: 'Requested', confirmed: 'Confirmed', cancelled: 'Cancelled', checked_in: 'Checked in', no_show: 'No-show' },
};

export const CONTACT_COLUMNS = { 'zh-CN': ['姓名', '电话', '单位', '备注'], en: ['Name', 'Phone', 'Organisation', 'Note'] } as const;

export const PRIVACY_NOTICE: Record<Language, string> = {
  'zh-CN': '说明：本表含居民个人信息（姓名、电话），仅供社区工作使用，不得外传或公开；用完请删除。导出已记入操作记录。',
  en: 'Note: this sheet holds personal data (names, phone numbers) for community work only; do not pass it on or publish it, and delete it after use. The export is recorded in the audit log.',
};

export const ALL_BOOKINGS_SHEET: Record<Language, string> = { 'zh-CN': '全部预约', en: 'All bookings' };
export const YES: Record<Language, string> = { 'zh-CN': '是', en: 'yes' };
