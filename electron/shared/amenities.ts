/**
 * Amenities are free text on a space (a tag list), but most spaces share a common set.
 * Those are known here in both languages: stored under their Chinese name, shown in the
 * UI's language, and an English name typed or imported is stored as the Chinese one, so
 * the desk's amenity filter finds the same thing whichever language it was entered in.
 * An amenity outside this list is kept and shown exactly as typed.
 */
export const AMENITIES: readonly { zh: string; en: string; aliases?: string[] }[] = [
  { zh: '投影仪', en: 'Projector' },
  { zh: '音响', en: 'Sound system', aliases: ['speakers', 'audio system', '音箱'] },
  { zh: '话筒', en: 'Microphone', aliases: ['mic', '麦克风'] },
  { zh: '展板', en: 'Display boards' },
  { zh: '白板', en: 'Whiteboard' },
  { zh: '电视', en: 'TV', aliases: ['television'] },
  { zh: 'Wi-Fi', en: 'Wi-Fi', aliases: ['wifi', '无线网络'] },
  { zh: '插座', en: 'Power sockets' },
  { zh: '充电', en: 'Phone charging' },
  { zh: '空调', en: 'Air conditioning' },
  { zh: '茶水', en: 'Tea' },
  { zh: '饮水', en: 'Drinking water' },
  { zh: '冰箱', en: 'Fridge' },
  { zh: '微波炉', en: 'Microwave' },
  { zh: '烤箱', en: 'Oven' },
  { zh: '操作台', en: 'Worktop' },
  { zh: '书架', en: 'Bookshelves' },
  { zh: '钢琴', en: 'Piano' },
  { zh: '模型台', en: 'Model table' },
  { zh: '血压计', en: 'Blood-pressure monitor' },
  { zh: '理发椅', en: 'Barber chair' },
  { zh: '适老座椅', en: 'Seating for elders' },
  { zh: '无障碍通道', en: 'Step-free access' },
  { zh: '篮架', en: 'Basketball hoops' },
  { zh: '照明', en: 'Floodlights' },
];

const byName = new Map<string, { zh: string; en: string }>();
for (const a of AMENITIES) {
  for (const n of [a.zh, a.en, ...(a.aliases ?? [])]) byName.set(n.toLowerCase(), a);
}

/** The stored form of an amenity: a known one's Chinese name (typed in either language), else as typed. */
export function canonicalAmenity(text: string): string {
  const t = text.trim();
  return byName.get(t.toLowerCase())?.zh ?? t;
}

/** An amenity in a language: a known one's name in it, anything else as typed. */
export function amenityLabel(stored: string, language: 'zh' | 'en'): string {
  const known = byName.get(stored.trim().toLowerCase());
  return known ? known[language] : stored;
}
