// The project's language service: a Stanford CoreNLP pipeline behind a small HTTP server bound to
// 127.0.0.1 only (CoreNLP's own StanfordCoreNLPServer listens on every interface and has no host option).
// Started by src/ingest/nlp (never by hand); compiled once into the cache.
//
// Protocol with the Node side (one line each on stdout):
//   NLP_READY http://127.0.0.1:<port> <ms>   the models are loaded and a first sentence was annotated
//   NLP_FAILED <reason>                      startup failed; the process exits non-zero
// Configuration comes from arguments: --port N [--threads N] [--annotators LIST] [--watch-pid PID]
// [--host ADDRESS]. The host is 127.0.0.1 unless given: only a container (docker-compose.yml, where the port
// is not published) passes 0.0.0.0. `--probe URL` checks a running service instead (exit 0 when GET URL
// answers 200): the container's healthcheck, since the JRE image has no curl.
//
// HTTP, the part of CoreNLP's own server protocol that ingest uses (so CORENLP_URL may name either):
//   GET  /ready                                   200 once the pipeline answers (also /live)
//   POST /?properties={...}&date=YYYY-MM-DD        body: UTF-8 text; answer: CoreNLP's JSON (sentences, tokens
//                                                 with UTF-16 character offsets, lemmas, NER with SUTime values
//                                                 normalised against `date`, entity mentions, dependencies)
// The pipeline is fixed at start; a request whose properties ask for an annotator it lacks answers 400.
// Bodies over 2 MiB answer 413. At most --threads annotations run at once; the Node side bounds what it
// sends, so requests beyond that wait in the executor's queue.
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.JSONOutputter;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class NewsgraphNlp {
  private static final int MAX_BODY = 2 * 1024 * 1024;
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ANNOTATORS = Pattern.compile("\"annotators\"\\s*:\\s*\"([^\"]*)\"");
  private static final String DEFAULT_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

  private NewsgraphNlp() {}

  public static void main(String[] argv) {
    long t0 = System.nanoTime();
    Map<String, String> args;
    try {
      args = parse(argv);
    } catch (IllegalArgumentException e) {
      fail(e.getMessage(), 2);
      return;
    }
    if (args.containsKey("probe")) {
      System.exit(probe(args.get("probe")) ? 0 : 1);
      return;
    }
    int port = Integer.parseInt(args.getOrDefault("port", "0"));
    int threads = Integer.parseInt(args.getOrDefault("threads", "2"));
    String annotators = args.getOrDefault("annotators", DEFAULT_ANNOTATORS);
    StanfordCoreNLP pipeline;
    try {
      pipeline = new StanfordCoreNLP(properties(annotators));
      pipeline.annotate(new Annotation("The minister met reporters in Paris on Monday."));
    } catch (RuntimeException e) {
      fail("could not load the CoreNLP pipeline: " + e, 3);
      return;
    }
    HttpServer server;
    try {
      InetAddress host = args.containsKey("host")
          ? InetAddress.getByName(args.get("host"))
          : InetAddress.getLoopbackAddress();
      server = HttpServer.create(new InetSocketAddress(host, port), 64);
    } catch (IOException e) {
      fail("could not listen on " + args.getOrDefault("host", "127.0.0.1") + ":" + port + ": " + e.getMessage(), 4);
      return;
    }
    server.setExecutor(Executors.newFixedThreadPool(threads));
    Set<String> loaded = new HashSet<>(Arrays.asList(annotators.split(",")));
    server.createContext("/", exchange -> handle(exchange, pipeline, loaded));
    server.start();

    String watch = args.get("watch-pid");
    if (watch != null) {
      ProcessHandle.of(Long.parseLong(watch)).ifPresentOrElse(
          p -> p.onExit().thenRun(() -> System.exit(0)),
          () -> System.exit(0));
    }
    System.out.printf(
        "NLP_READY http://%s:%d %d%n",
        args.getOrDefault("host", "127.0.0.1"),
        server.getAddress().getPort(),
        (System.nanoTime() - t0) / 1_000_000);
    System.out.flush();
  }

  /** True when GET url answers 200 within 5 s. */
  private static boolean probe(String url) {
    try {
      java.net.HttpURLConnection c = (java.net.HttpURLConnection) java.net.URI.create(url).toURL().openConnection();
      c.setConnectTimeout(5000);
      c.setReadTimeout(5000);
      return c.getResponseCode() == 200;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  static Properties properties(String annotators) {
    Properties props = new Properties();
    props.setProperty("annotators", annotators);
    // Paragraphs are separated by blank lines; a single line break inside one is not a sentence end.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    // Coarse NER (PERSON, LOCATION, ORGANIZATION, MISC, dates through SUTime): fine-grained doubles the cost,
    // and the project's dictionaries tell a country from a city.
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "true");
    props.setProperty("outputFormat", "json");
    return props;
  }

  /** The first annotator the request's properties name that the pipeline lacks, or null. */
  static String missingAnnotator(String properties, Set<String> loaded) {
    if (properties == null) {
      return null;
    }
    Matcher m = ANNOTATORS.matcher(properties);
    if (!m.find()) {
      return null;
    }
    for (String a : m.group(1).split(",")) {
      String name = a.trim();
      if (!name.isEmpty() && !loaded.contains(name)) {
        return name;
      }
    }
    return null;
  }

  private static void handle(HttpExchange exchange, StanfordCoreNLP pipeline, Set<String> loaded)
      throws IOException {
    try (exchange) {
      String route = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      if (("/ready".equals(route) || "/live".equals(route)) && "GET".equals(method)) {
        reply(exchange, 200, "text/plain", "ready".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (!"/".equals(route)) {
        reply(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (!"POST".equals(method)) {
        reply(exchange, 405, "text/plain", "POST only".getBytes(StandardCharsets.UTF_8));
        return;
      }
      Map<String, String> params = query(exchange.getRequestURI().getRawQuery());
      String missing = missingAnnotator(params.get("properties"), loaded);
      if (missing != null) {
        reply(exchange, 400, "text/plain",
            ("this service does not run the annotator " + missing).getBytes(StandardCharsets.UTF_8));
        return;
      }
      byte[] body = readBody(exchange.getRequestBody());
      if (body == null) {
        reply(exchange, 413, "text/plain", "body over 2 MiB".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String date = params.get("date");
      if (date != null && !ISO_DATE.matcher(date).matches()) {
        reply(exchange, 400, "text/plain", "date must be YYYY-MM-DD".getBytes(StandardCharsets.UTF_8));
        return;
      }
      Annotation doc = new Annotation(new String(body, StandardCharsets.UTF_8));
      if (date != null) {
        doc.set(CoreAnnotations.DocDateAnnotation.class, date);
      }
      pipeline.annotate(doc);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      JSONOutputter.jsonPrint(doc, out, pipeline);
      reply(exchange, 200, "application/json; charset=utf-8", out.toByteArray());
    } catch (RuntimeException e) {
      reply(exchange, 500, "text/plain", String.valueOf(e).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The body, or null when it is over MAX_BODY. */
  private static byte[] readBody(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[65536];
    int n;
    while ((n = in.read(buf)) > 0) {
      out.write(buf, 0, n);
      if (out.size() > MAX_BODY) {
        return null;
      }
    }
    return out.toByteArray();
  }

  private static void reply(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream os = exchange.getResponseBody()) {
      os.write(body);
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static void fail(String reason, int code) {
    System.out.println("NLP_FAILED " + reason);
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
