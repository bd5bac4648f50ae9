package org.bobine.runner;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar bobine-runner.jar <command> [options]}: register with an instance, run jobs, unregister.
 * The commands and options follow PeerTube's {@code peertube-runner}.
 */
public final class Main {

    private static final String USAGE = """
        Usage: java -jar bobine-runner.jar <command> [options]

        Commands:
          register --url <instance URL> --registration-token <ptrrt-...> --runner-name <name>
                   [--runner-description <text>]      register with an instance (once)
          server   [--concurrency <n>] [--poll-interval <seconds>]
                                                      take and run transcoding jobs until stopped
          unregister                                  tell the instance this runner is gone
          list-registered                             show the instance this runner is registered with

        Options for every command:
          --config-dir <dir>   where the registration and work files live
                               (default $BOBINE_RUNNER_HOME, else ~/.config/bobine-runner)
          --ffmpeg <path> --ffprobe <path>
                               ffmpeg and ffprobe to use (default $BOBINE_FFMPEG/$BOBINE_FFPROBE, else the
                               pinned build inside this jar)
        """;

    private Main() {
    }

    /**
     * @param args the command line
     * @throws Exception on failure, printed
     */
    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.out");
        System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            System.out.print(USAGE);
            return;
        }
        String command = args[0];
        Map<String, String> options = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                unknown.add(args[i]);
            }
        }
        if (!unknown.isEmpty()) {
            fail("Unexpected arguments " + unknown + "\n\n" + USAGE);
        }
        String home = options.getOrDefault("config-dir", System.getenv().getOrDefault("BOBINE_RUNNER_HOME",
            Paths.get(System.getProperty("user.home"), ".config", "bobine-runner").toString()));
        RunnerConfig config = new RunnerConfig(Paths.get(home));
        try {
            switch (command) {
                case "register" -> {
                    String url = required(options, "url");
                    var result = new InstanceClient(url, null).register(required(options, "registration-token"),
                        required(options, "runner-name"), options.get("runner-description"), Version.get());
                    config.save(url, result.runnerToken(), options.get("runner-name"));
                    System.out.println("Registered as runner " + result.id() + " with " + url + "; start it with: "
                        + "java -jar bobine-runner.jar server");
                }
                case "unregister" -> {
                    config.load();
                    new InstanceClient(config.url(), config.runnerToken()).unregister();
                    config.forget();
                    System.out.println("Unregistered from " + config.url());
                }
                case "list-registered" -> {
                    config.load();
                    System.out.println(config.name() + " registered with " + config.url());
                }
                case "server" -> {
                    config.load();
                    Path ffmpeg = options.containsKey("ffmpeg") ? Paths.get(options.get("ffmpeg")) : null;
                    Path ffprobe = options.containsKey("ffprobe") ? Paths.get(options.get("ffprobe")) : null;
                    int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "1"));
                    double poll = Double.parseDouble(options.getOrDefault("poll-interval", "5"));
                    Server server = new Server(config, new InstanceClient(config.url(), config.runnerToken()),
                        Engines.ffmpeg(config.home(), ffmpeg, ffprobe), concurrency, Math.round(poll * 1000));
                    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "bobine-runner-stop"));
                    server.run();
                }
                default -> fail("Unknown command " + command + "\n\n" + USAGE);
            }
        } catch (RunnerException e) {
            fail(e.getMessage());
        }
    }

    private static String required(Map<String, String> options, String name) {
        String v = options.get(name);
        if (v == null || v.isBlank()) {
            fail("--" + name + " is required\n\n" + USAGE);
        }
        return v;
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
