import { image, stage } from '@dockerdsl/core';
import { settings } from './settings.js';

/** The tag other images of the project build FROM. */
export const baseTag = `${settings.tagPrefix}/base:dev`;

const main = stage('main', { from: settings.busybox })
  // Written out rather than adduser: not every busybox build links that applet.
  .run("echo 'app:x:10001:10001:app:/home/app:/bin/sh' >> /etc/passwd && echo 'app:x:10001:' >> /etc/group && mkdir -p /home/app && chown 10001:10001 /home/app")
  .env({ TZ: 'UTC', APP_HOME: '/home/app' })
  .workdir('/home/app')
  .user('app');

/** A shared base: an unprivileged user, a home and a time zone. */
export const base = image('base', { stages: [main], tags: [baseTag] });
