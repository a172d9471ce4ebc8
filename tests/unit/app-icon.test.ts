import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appIconPath } from '../../electron/main/app-icon';

describe('app icon', () => {
  it('is a 512×512 PNG where the window looks for it (app path = the project folder), drawn from the SVG beside it', () => {
    const file = appIconPath(process.cwd());
    expect(fs.existsSync(file), file).toBe(true);
    const png = fs.readFileSync(file);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    const svg = fs.readFileSync(path.join(path.dirname(file), 'icon.svg'), 'utf8');
    expect(svg).toMatch(/<svg[^>]*viewBox="0 0 512 512"/);
  });
});
