// The project's Neo4j launcher: an embedded Neo4j Community DBMS with a Bolt connector bound to
// 127.0.0.1. Started by src/neo4j/local-neo4j.ts (never by hand); compiled once into the cache.
//
// Protocol with the Node side (one line each on stdout):
//   NEO4J_READY bolt://127.0.0.1:<port> <ms>   the default database answered a query; clients may connect
//   NEO4J_FAILED <reason>                      startup failed; the process exits non-zero
//   NEO4J_STOPPED                              the store was flushed and closed
// Configuration comes from arguments: --home DIR --port N [--password PW] [--pagecache-mb N] [--watch-pid PID]
// --watch-pid makes the database shut down when that process ends (also on SIGKILL or a crash of Node), so a
// dead parent never leaves an orphan JVM holding the store lock.
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import java.time.Duration;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;

public final class NewsgraphNeo4j {
  private static final String HOST = "127.0.0.1";

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = parse(argv);
    Path home = Path.of(args.getOrDefault("home", ".neo4j")).toAbsolutePath();
    int port = Integer.parseInt(args.getOrDefault("port", "7687"));
    String password = args.getOrDefault("password", "");
    long pagecacheMb = Long.parseLong(args.getOrDefault("pagecache-mb", "128"));
    boolean auth = !password.isEmpty();

    // Probe the port first: Neo4j's own message for a taken port is buried in debug.log.
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(HOST, port));
    } catch (IOException e) {
      fail("port " + HOST + ":" + port + " is in use (another Neo4j? stop it with `npm run db:stop`, or set NEO4J_BOLT_PORT)", 3);
    }

    Files.createDirectories(home);
    boolean firstStart = !Files.exists(home.resolve("data/databases/system"));
    long t0 = System.nanoTime();
    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
          .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
          .setConfig(HttpConnector.enabled, false)
          // Bolt waits 5 s twice on shutdown by default (idle connections, then its thread pool); the
          // clients of this dev/test server have closed their connections by then, so 1 s each is plenty.
          .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
          .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
          .setConfig(GraphDatabaseSettings.udc_enabled, false)
          .setConfig(GraphDatabaseSettings.auth_enabled, auth)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMb))
          .build();
    } catch (RuntimeException e) {
      String msg = String.valueOf(e.getMessage());
      Throwable c = e;
      while (c.getCause() != null) {
        c = c.getCause();
      }
      if (String.valueOf(c.getMessage()).contains("lock")) {
        fail("the data folder " + home + " is locked by another Neo4j process (run `npm run db:stop`)", 4);
      }
      fail("could not start: " + msg + " / " + c, 5);
      return;
    }

    final DatabaseManagementService service = dbms;
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      service.shutdown();
      System.out.println("NEO4J_STOPPED");
      System.out.flush();
      stopped.countDown();
    }, "neo4j-shutdown"));

    if (auth && firstStart) {
      // A new system database holds neo4j/neo4j with "change required"; set the configured password once.
      GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
      try (Transaction tx = system.beginTx()) {
        tx.execute("ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password)).close();
        tx.commit();
      }
    }
    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    try (Transaction tx = db.beginTx()) {
      tx.execute("RETURN 1").close();
      tx.commit();
    }

    String watch = args.get("watch-pid");
    if (watch != null) {
      long pid = Long.parseLong(watch);
      ProcessHandle.of(pid).ifPresentOrElse(
          p -> p.onExit().thenRun(() -> System.exit(0)),
          () -> System.exit(0));
    }
    System.out.printf("NEO4J_READY bolt://%s:%d %d%n", HOST, port, (System.nanoTime() - t0) / 1_000_000);
    System.out.flush();
    stopped.await();
  }

  private static void fail(String reason, int code) {
    System.out.println("NEO4J_FAILED " + reason);
    System.out.flush();
    System.exit(code);
  }

  private static Map<String, String> parse(String[] argv) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i + 1 < argv.length; i += 2) {
      if (!argv[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + argv[i]);
      }
      out.put(argv[i].substring(2), argv[i + 1]);
    }
    return out;
  }
}
