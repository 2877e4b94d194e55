import { expect, it } from 'vitest';
import { defineConfig } from './config.js';
import { image } from '../builders/image-builder.js';

it('returns the config as given, fully typed', () => {
  const api = image('api').stage('main', 'busybox');
  const config = defineConfig({ images: [api], outDir: 'docker', rules: { DSL3006: 'off' } });
  expect(config.images[0]).toBe(api);
  expect(config.rules.DSL3006).toBe('off');
});
