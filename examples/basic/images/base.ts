import { image, stage } from '@dockerdsl/core';
import { settings } from './settings.js';

/** The tag other images of the project build FROM. */
export const baseTag = `${settings.tagPrefix}/base:dev`;

const main = stage('main', { from: settings.busybox })
  .run('adduser -D -u 10001 -h /home/app app')
  .env({ TZ: 'UTC', APP_HOME: '/home/app' })
  .workdir('/home/app')
  .user('app');

/** A shared base: an unprivileged user, a home and a time zone. */
export const base = image('base', { stages: [main], tags: [baseTag] });
