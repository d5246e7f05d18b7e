/**
 * `npm run db:start | db:stop | db:status`: manage the local Neo4j outside of `npm start`
 * (e.g. to keep the database up across server restarts). `npm start` reuses a server started here.
 */
import { loadConfig } from '../config/config';
import { LocalNeo4jError, readRunning, startLocalNeo4j, stopRecorded } from './local-neo4j';
import { runCli } from './cli.runner';

async function main(command: string | undefined): Promise<number> {
  const cfg = loadConfig();
  if (cfg.neo4j.uri !== undefined) {
    console.log(
      `NEO4J_URI is set (${cfg.neo4j.uri}): newsgraph uses that server and manages none.`,
    );
    return command === 'status' ? 0 : 1;
  }
  switch (command) {
    case 'start': {
      const running = readRunning(cfg.local);
      if (running !== undefined) {
        console.log(
          `already running: ${running.uri} (pid ${running.pid}, data ${cfg.local.dataDir})`,
        );
        return 0;
      }
      const db = await startLocalNeo4j(cfg.local, { password: cfg.neo4j.password, detached: true });
      console.log(
        `started Neo4j ${cfg.local.version}: ${db.uri} (pid ${db.pid}, ${db.startMs} ms)`,
      );
      console.log(`data: ${cfg.local.dataDir}; stop it with \`npm run db:stop\``);
      return 0;
    }
    case 'stop': {
      const stopped = await stopRecorded(cfg.local);
      console.log(stopped ? 'stopped the local Neo4j' : 'no local Neo4j was running');
      return 0;
    }
    case 'status': {
      const running = readRunning(cfg.local);
      console.log(
        running === undefined
          ? `not running (data folder ${cfg.local.dataDir})`
          : `running: ${running.uri} (pid ${running.pid}, Neo4j ${running.version}, since ${running.startedAt})`,
      );
      return running === undefined ? 3 : 0;
    }
    default:
      console.error('usage: db.cli (start|stop|status)');
      return 2;
  }
}

runCli(
  () => main(process.argv[2]),
  err => (err instanceof LocalNeo4jError ? `error: ${err.message}` : err),
);
