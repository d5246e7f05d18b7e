import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const COMPOSE_PATH = path.join(__dirname, '../../docker-compose.yml');
const DOCKERFILE_PATH = path.join(__dirname, '../../Dockerfile');

type YamlRecord = Record<string, unknown>;

function isRecord(value: unknown): value is YamlRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function recordAt(parent: YamlRecord, key: string): YamlRecord {
  const value = parent[key];
  if (!isRecord(value)) {
    throw new Error(`expected a mapping at '${key}', got ${JSON.stringify(value)}`);
  }
  return value;
}

function stringAt(parent: YamlRecord, key: string): string {
  const value = parent[key];
  if (typeof value !== 'string') {
    throw new Error(`expected a string at '${key}', got ${JSON.stringify(value)}`);
  }
  return value;
}

/** A service's environment as a map, whether written as a mapping or as a KEY=VALUE list. */
function environmentOf(service: YamlRecord): Record<string, string> {
  const env = service['environment'];
  const result: Record<string, string> = {};
  if (Array.isArray(env)) {
    for (const entry of env) {
      const text = String(entry);
      const eq = text.indexOf('=');
      if (eq > 0) result[text.slice(0, eq)] = text.slice(eq + 1);
    }
  } else if (isRecord(env)) {
    for (const [key, value] of Object.entries(env)) {
      if (value !== null && value !== undefined) result[key] = scalarText(value);
    }
  }
  return result;
}

/** Compose scalars (strings, numbers, booleans) as text; anything else as JSON. */
function scalarText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);
}

interface PortMapping {
  hostIp: string | undefined;
  published: string | undefined;
  target: string;
}

/** Parses compose short syntax "[[HOST_IP:]PUBLISHED:]TARGET[/PROTOCOL]" and the long syntax. */
function portsOf(service: YamlRecord): PortMapping[] {
  const ports = service['ports'];
  if (!Array.isArray(ports)) return [];
  return ports.map((port: unknown): PortMapping => {
    if (isRecord(port)) {
      const hostIp = port['host_ip'];
      const published = port['published'];
      return {
        hostIp: typeof hostIp === 'string' ? hostIp : undefined,
        published: published === undefined ? undefined : scalarText(published),
        target: String(port['target']),
      };
    }
    const withoutProtocol = String(port).split('/')[0] ?? '';
    const parts = withoutProtocol.split(':');
    const target = parts.pop() ?? '';
    const published = parts.pop();
    const hostIp = parts.length > 0 ? parts.join(':').replace(/^\[|\]$/g, '') : undefined;
    return { hostIp, published, target };
  });
}

/** The healthcheck test as one command string, or undefined when there is none. */
function healthcheckCommand(service: YamlRecord): string | undefined {
  const healthcheck = service['healthcheck'];
  if (!isRecord(healthcheck) || healthcheck['disable'] === true) return undefined;
  const test = healthcheck['test'];
  if (typeof test === 'string') return test.trim() === '' ? undefined : test;
  if (!Array.isArray(test)) return undefined;
  const [kind, ...args] = test.map(part => String(part));
  if ((kind !== 'CMD' && kind !== 'CMD-SHELL') || args.length === 0) return undefined;
  return args.join(' ');
}

/** Source of the volume mounted at `target`, from short ("src:dst[:mode]") or long syntax. */
function volumeSourceFor(service: YamlRecord, target: string): string | undefined {
  const volumes = service['volumes'];
  if (!Array.isArray(volumes)) return undefined;
  for (const volume of volumes) {
    if (isRecord(volume)) {
      if (volume['target'] === target && typeof volume['source'] === 'string') {
        return volume['source'];
      }
    } else {
      const [source, destination] = String(volume).split(':');
      if (destination === target) return source;
    }
  }
  return undefined;
}

interface DockerInstruction {
  keyword: string;
  args: string;
}

/** Dockerfile instructions grouped by build stage (comments dropped, continuations joined). */
function dockerfileStages(text: string): DockerInstruction[][] {
  const logicalLines: string[] = [];
  let pending = '';
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line.startsWith('#')) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    const joined = (pending + line).trim();
    pending = '';
    if (joined !== '') logicalLines.push(joined);
  }
  const stages: DockerInstruction[][] = [];
  for (const line of logicalLines) {
    const match = /^(\S+)\s*(.*)$/.exec(line);
    if (match === null) continue;
    const instruction = { keyword: (match[1] ?? '').toUpperCase(), args: match[2] ?? '' };
    if (instruction.keyword === 'FROM') stages.push([]);
    stages.at(-1)?.push(instruction);
  }
  return stages;
}

function argsOf(stage: DockerInstruction[], keyword: string): string[] {
  return stage.filter(i => i.keyword === keyword).map(i => i.args);
}

const compose: unknown = parse(readFileSync(COMPOSE_PATH, 'utf8'));
if (!isRecord(compose)) throw new Error('docker-compose.yml is not a YAML mapping');
const services = recordAt(compose, 'services');

function service(name: string): YamlRecord {
  return recordAt(services, name);
}

describe('docker-compose.yml', () => {
  it('defines the neo4j, corenlp and app services', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['neo4j', 'corenlp', 'app']));
    expect(isRecord(services['neo4j'])).toBe(true);
    expect(isRecord(services['app'])).toBe(true);
  });

  describe('neo4j service', () => {
    it('runs the Neo4j 5.26 LTS community image', () => {
      const image = stringAt(service('neo4j'), 'image');
      expect(image.startsWith('neo4j:5.26')).toBe(true);
      expect(image).toMatch(/^neo4j:5\.26(\.\d+)?(-community)?(-[a-z0-9]+)?$/);
      expect(image).not.toMatch(/enterprise/);
    });

    it('publishes Bolt (7687) and every other port on 127.0.0.1 only', () => {
      const ports = portsOf(service('neo4j'));
      const bolt = ports.filter(p => p.target === '7687');
      expect(bolt.length).toBeGreaterThan(0);
      for (const port of bolt) {
        expect(port.hostIp).toBe('127.0.0.1');
        expect(port.published).toBe('7687');
      }
      for (const port of ports) expect(port.hostIp).toBe('127.0.0.1');
    });

    it('takes NEO4J_AUTH from the same password variable the app uses', () => {
      const appPassword = environmentOf(service('app'))['NEO4J_PASSWORD'];
      expect(appPassword).toMatch(/^\$\{NEO4J_PASSWORD(:-[^}]+)?\}$/);
      expect(environmentOf(service('neo4j'))['NEO4J_AUTH']).toBe(`neo4j/${appPassword ?? ''}`);
    });

    it('does not set NEO4J_PASSWORD, which the image would turn into an unknown setting', () => {
      expect(Object.keys(environmentOf(service('neo4j')))).not.toContain('NEO4J_PASSWORD');
    });

    it('keeps /data and /logs in named volumes declared at the top level', () => {
      const topLevelVolumes = recordAt(compose, 'volumes');
      for (const target of ['/data', '/logs']) {
        const source = volumeSourceFor(service('neo4j'), target);
        expect(source).toMatch(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/);
        expect(Object.keys(topLevelVolumes)).toContain(source);
      }
    });

    it('has a healthcheck that queries the database over Bolt with cypher-shell', () => {
      const command = healthcheckCommand(service('neo4j'));
      expect(command).toBeDefined();
      expect(command).toMatch(/cypher-shell/);
      expect(command).toMatch(/RETURN 1/);
    });

    it('uses in its healthcheck only container variables that the service defines', () => {
      const command = healthcheckCommand(service('neo4j')) ?? '';
      const containerVariables = [...command.matchAll(/\$\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map(
        match => match[1] ?? '',
      );
      expect(containerVariables.length).toBeGreaterThan(0);
      const defined = Object.keys(environmentOf(service('neo4j')));
      for (const name of containerVariables) expect(defined).toContain(name);
    });

    it('sets modest memory limits through server.memory settings', () => {
      const env = environmentOf(service('neo4j'));
      expect(env['NEO4J_server_memory_pagecache_size']).toBe('256M');
      expect(env['NEO4J_server_memory_heap_max__size']).toBe('1G');
    });
  });

  describe('corenlp service', () => {
    it('is built from the language service Dockerfile and publishes no port', () => {
      const build = recordAt(service('corenlp'), 'build');
      expect(build['context']).toBe('.');
      expect(build['dockerfile']).toBe('corenlp-runtime/Dockerfile');
      expect(service('corenlp')['ports']).toBeUndefined();
    });

    it('is probed by the launcher itself on the port its image listens on', () => {
      const command = healthcheckCommand(service('corenlp')) ?? '';
      expect(command).toMatch(/NewsgraphNlp --probe http:\/\/127\.0\.0\.1:9000\/ready/);
    });

    it('is what the app reaches through CORENLP_URL, once healthy', () => {
      const url = new URL(environmentOf(service('app'))['CORENLP_URL'] ?? '');
      expect(url.hostname).toBe('corenlp');
      expect(url.port).toBe('9000');
      const dependsOn = recordAt(service('app'), 'depends_on');
      expect(recordAt(dependsOn, 'corenlp')['condition']).toBe('service_healthy');
    });
  });

  describe('app service', () => {
    it('connects to the neo4j service over bolt on port 7687', () => {
      const uri = new URL(environmentOf(service('app'))['NEO4J_URI'] ?? '');
      expect(uri.protocol).toBe('bolt:');
      expect(uri.hostname).toBe('neo4j');
      expect(Object.keys(services)).toContain(uri.hostname);
      expect(uri.port).toBe('7687');
    });

    it('logs in as the neo4j user', () => {
      expect(environmentOf(service('app'))['API_TOKENS']).toBe('${API_TOKENS:-}');
      expect(environmentOf(service('app'))['NEO4J_USER']).toBe('neo4j');
    });

    it('waits for neo4j to be healthy before starting', () => {
      const dependsOn = recordAt(service('app'), 'depends_on');
      expect(recordAt(dependsOn, 'neo4j')['condition']).toBe('service_healthy');
    });

    it('listens on all interfaces in the container but publishes 4000 on 127.0.0.1 only', () => {
      const env = environmentOf(service('app'));
      expect(env['HOST']).toBe('0.0.0.0');
      expect(env['PORT']).toBe('4000');
      const ports = portsOf(service('app'));
      expect(ports).toContainEqual({ hostIp: '127.0.0.1', published: '4000', target: '4000' });
      for (const port of ports) expect(port.hostIp).toBe('127.0.0.1');
    });

    it('has a healthcheck that probes /ready on port 4000', () => {
      const command = healthcheckCommand(service('app'));
      expect(command).toBeDefined();
      expect(command).toMatch(/http:\/\/(127\.0\.0\.1|localhost):4000\/ready/);
    });

    it('is built from the local Dockerfile', () => {
      const build = service('app')['build'];
      const context = isRecord(build) ? build['context'] : build;
      expect(context).toBe('.');
    });
  });
});

describe('corenlp-runtime/Dockerfile', () => {
  const stages = dockerfileStages(
    readFileSync(path.join(__dirname, '../../corenlp-runtime/Dockerfile'), 'utf8'),
  );
  const finalStage = stages.at(-1) ?? [];

  it('fetches the jars of the pom and compiles the launcher in a build stage', () => {
    const runs = stages.slice(0, -1).flatMap(stage => argsOf(stage, 'RUN'));
    expect(runs.some(run => /copy-dependencies/.test(run) && /javac/.test(run))).toBe(true);
  });

  it('runs the launcher as a non-root user on 0.0.0.0:9000 inside the container', () => {
    const user = argsOf(finalStage, 'USER').at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    const cmd: unknown = JSON.parse(argsOf(finalStage, 'CMD').at(-1) ?? '[]');
    expect(cmd).toEqual(
      expect.arrayContaining(['NewsgraphNlp', '--host', '0.0.0.0', '--port', '9000']),
    );
    expect(argsOf(finalStage, 'EXPOSE')).toContain('9000');
  });
});

describe('Dockerfile', () => {
  const stages = dockerfileStages(readFileSync(DOCKERFILE_PATH, 'utf8'));
  const finalStage = stages.at(-1) ?? [];

  it('is a multi-stage build on node:20-bookworm-slim', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) {
      expect(argsOf(stage, 'FROM')[0]).toMatch(/^node:20-bookworm-slim(\s+AS\s+\S+)?$/i);
    }
  });

  it('installs dependencies with npm ci, and only production ones in the final stage', () => {
    const buildRuns = stages.slice(0, -1).flatMap(stage => argsOf(stage, 'RUN'));
    expect(buildRuns.some(run => /\bnpm ci\b/.test(run))).toBe(true);
    expect(buildRuns.some(run => /\bnpm run build\b/.test(run))).toBe(true);
    const finalRuns = argsOf(finalStage, 'RUN');
    expect(finalRuns.some(run => /\bnpm ci\b.*--omit=dev/.test(run))).toBe(true);
  });

  it('runs the final stage as a non-root user', () => {
    const user = argsOf(finalStage, 'USER').at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
  });

  it('starts dist/src/main.js with node', () => {
    const cmd = argsOf(finalStage, 'CMD').at(-1) ?? '';
    const parsed: unknown = JSON.parse(cmd);
    expect(parsed).toEqual(['node', 'dist/src/main.js']);
  });

  it('ships the compiled output, seeds and schema in the final stage', () => {
    const copied = argsOf(finalStage, 'COPY').join('\n');
    for (const dir of ['dist', 'seeds', 'schema']) {
      expect(copied).toMatch(new RegExp(`(^|\\s)(/app/)?${dir}/?\\s+\\./${dir}/?(\\n|$)`, 'm'));
    }
  });

  it('sets NODE_ENV=production and exposes port 4000 in the final stage', () => {
    expect(argsOf(finalStage, 'ENV').join('\n')).toMatch(/\bNODE_ENV=production\b/);
    expect(argsOf(finalStage, 'EXPOSE')).toContain('4000');
  });
});
