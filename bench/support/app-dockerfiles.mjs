// Short single-stage app Dockerfiles, the most common kind in real repositories: a base image,
// a WORKDIR, a dependency install, COPY . and a CMD — with the habits seen in the wild (untagged
// bases, `apt-get` without cleanup, ADD for local files, shell-form CMD, MAINTAINER in old
// files). Written here from those patterns, not copied. Used by real-world-mix.mjs.

/**
 * One short app Dockerfile (6–16 lines) drawn with the seeded chooser `r` (see `chooser` in
 * realistic-dockerfiles.mjs).
 *
 * @example
 * const { kind, text } = appDockerfile(chooser(mulberry32(1)));
 */
export function appDockerfile(r) {
  const app = r.pick(apps);
  const lines = [];
  if (r.chance(0.3)) lines.push(`# ${r.pick(['Dev image', 'Production image', 'Image for the demo', 'Container for local testing'])}`);
  lines.push(`FROM ${r.pick(app.bases)}`);
  if (r.chance(0.1)) lines.push(`MAINTAINER ${r.pick(['Dev Team <dev@example.com>', 'ops@example.com'])}`);
  if (r.chance(0.3)) lines.push(r.pick(['RUN apt-get update && apt-get install -y curl', 'RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*', 'RUN apk add --no-cache bash curl', 'RUN apt-get update\nRUN apt-get install -y build-essential']));
  lines.push(`WORKDIR ${r.pick(['/app', '/usr/src/app', '/code', '/srv'])}`);
  lines.push(...app.body(r));
  if (r.chance(0.6)) lines.push(`EXPOSE ${r.pick(app.ports)}`);
  if (r.chance(0.25)) lines.push(`USER ${r.pick(['node', 'app', '1000', 'nobody'])}`);
  lines.push(r.pick(app.cmds), '');
  return { kind: `app-${app.name}`, text: lines.join('\n') };
}

const apps = [
  {
    name: 'node',
    bases: ['node', 'node:20', 'node:18-alpine', 'node:22-slim', 'node:lts'],
    ports: [3000, 8080],
    body: (r) => [r.chance(0.5) ? 'COPY package*.json ./' : 'COPY package.json yarn.lock ./', r.pick(['RUN npm install', 'RUN npm ci --only=production', 'RUN yarn install --frozen-lockfile']), r.chance(0.2) ? 'ADD . .' : 'COPY . .', ...(r.chance(0.4) ? ['RUN npm run build'] : [])],
    cmds: ['CMD ["npm", "start"]', 'CMD ["node", "index.js"]', 'CMD npm run start', 'CMD ["node", "dist/main.js"]'],
  },
  {
    name: 'python',
    bases: ['python:3.11', 'python:3.12-slim', 'python:3.9-alpine', 'python:3'],
    ports: [5000, 8000],
    body: (r) => ['COPY requirements.txt .', r.pick(['RUN pip install -r requirements.txt', 'RUN pip install --no-cache-dir -r requirements.txt', 'RUN pip3 install -r requirements.txt']), 'COPY . .', ...(r.chance(0.3) ? ['ENV PYTHONUNBUFFERED=1'] : [])],
    cmds: ['CMD ["python", "app.py"]', 'CMD python main.py', 'CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]', 'CMD ["flask", "run", "--host=0.0.0.0"]'],
  },
  {
    name: 'go',
    bases: ['golang:1.22', 'golang:1.21-alpine', 'golang'],
    ports: [8080],
    body: (r) => ['COPY go.mod go.sum ./', 'RUN go mod download', 'COPY . .', `RUN ${r.chance(0.5) ? 'CGO_ENABLED=0 ' : ''}go build -o /server .`],
    cmds: ['CMD ["/server"]', 'ENTRYPOINT ["/server"]'],
  },
  {
    name: 'static',
    bases: ['nginx:alpine', 'nginx', 'httpd:2.4'],
    ports: [80, 8080],
    body: (r) => [r.pick(['COPY . /usr/share/nginx/html', 'COPY ./public/ /usr/local/apache2/htdocs/', 'COPY dist /usr/share/nginx/html']), ...(r.chance(0.4) ? ['COPY nginx.conf /etc/nginx/nginx.conf'] : [])],
    cmds: ['CMD ["nginx", "-g", "daemon off;"]', 'CMD ["httpd-foreground"]'],
  },
  {
    name: 'java',
    bases: ['openjdk:17-jdk-slim', 'eclipse-temurin:21-jre', 'amazoncorretto:17'],
    ports: [8080],
    body: (r) => [r.pick(['COPY target/*.jar app.jar', 'ARG JAR_FILE=build/libs/*.jar\nCOPY ${JAR_FILE} app.jar', 'ADD target/app.jar app.jar'])],
    cmds: ['ENTRYPOINT ["java", "-jar", "app.jar"]', 'ENTRYPOINT ["java","-jar","/app/app.jar"]', 'CMD java -jar app.jar'],
  },
  {
    name: 'ruby',
    bases: ['ruby:3.3', 'ruby:3.2-slim', 'ruby:2.7'],
    ports: [3000, 4567],
    body: (r) => ['COPY Gemfile Gemfile.lock ./', r.pick(['RUN bundle install', 'RUN bundle config set without development test && bundle install']), 'COPY . .'],
    cmds: ['CMD ["bundle", "exec", "rails", "server", "-b", "0.0.0.0"]', 'CMD ["ruby", "app.rb"]', 'CMD bundle exec puma -C config/puma.rb'],
  },
  {
    name: 'dotnet',
    bases: ['dotnet/aspnet:8.0', 'dotnet/sdk:8.0'],
    ports: [80, 5000],
    body: () => ['COPY bin/Release/net8.0/publish/ .', 'ENV ASPNETCORE_URLS=http://+:80'],
    cmds: ['ENTRYPOINT ["dotnet", "App.dll"]'],
  },
];
